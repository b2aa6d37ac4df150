package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * p2's trust check on PGP-signed content in a copy of the built product: the risk plugin signed by a key the
 * installation does not know is refused, naming the key; once the installation trusts the key, it installs
 * without {@code --trust-unsigned} and without a warning.
 */
class SignedInstallEndToEndTest {

	static final String FEATURE = "org.atrium.risks.feature";

	@TempDir
	Path folder;

	@Test
	void signedByAnUnknownKeyIsRefusedAndByATrustedKeyInstalls() throws Exception {
		InstalledProduct atrium = new InstalledProduct(folder);
		Path workspace = folder.resolve("workspace");
		SignedRepository signed = new SignedRepository(folder.resolve("signed repo"), "org.atrium.risks");
		String key = "PGP key " + Long.toHexString(signed.keyId).toUpperCase(Locale.ROOT);

		InstalledProduct.Run refused = atrium.atrium(workspace, "plugins", "install", "org.atrium.risks", "--repo",
				signed.folder.toString());
		assertEquals(1, refused.exit(), refused.toString());
		assertTrue(refused.err().startsWith("atrium: Refused to install " + FEATURE
				+ ", its content is not signed by a trusted signer (signed by unknown signers: " + key + ")"),
				refused.toString());
		assertFalse(refused.err().contains("not signed:"), "every risk artifact is signed: " + refused);
		assertFalse(atrium.bundlesInfo().contains("org.atrium.risks"), "no risk bundle starts");

		signed.trustIn(atrium);
		InstalledProduct.Run trusted = atrium.atrium(workspace, "plugins", "install", "org.atrium.risks", "--repo",
				signed.folder.toString());
		assertEquals(0, trusted.exit(), trusted.toString());
		assertEquals("", trusted.err(), "no question and no warning for a trusted signer");
		assertTrue(trusted.out().startsWith("Installed " + FEATURE + " from "), trusted.toString());
		assertTrue(atrium.bundlesInfo().contains("org.atrium.risks,"), "the risk bundles start next time");
	}
}
