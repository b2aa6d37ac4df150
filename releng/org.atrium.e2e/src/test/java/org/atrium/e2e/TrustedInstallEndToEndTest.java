package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * p2's trust check in a copy of the built product, from a copy of the build's (unsigned) repository in a
 * folder whose name has a space: refused without {@code --trust-unsigned}, with nothing installed; installed
 * with it, after a warning that names the unsigned content.
 */
class TrustedInstallEndToEndTest {

	static final String FEATURE = "org.atrium.risks.feature";

	@TempDir
	Path folder;

	@Test
	void unsignedContentIsRefusedUnlessTrustedExplicitly() throws Exception {
		InstalledProduct atrium = new InstalledProduct(folder);
		Path workspace = folder.resolve("workspace");
		Path repository = InstalledProduct.copyOfRepository(folder.resolve("my repo"));

		InstalledProduct.Run refused = atrium.atrium(workspace, "plugins", "install", "org.atrium.risks", "--repo",
				repository.toString());
		assertEquals(1, refused.exit(), refused.toString());
		assertTrue(refused.err().startsWith("atrium: Refused to install " + FEATURE
				+ ", its content is not signed by a trusted signer (not signed: "), refused.toString());
		assertTrue(refused.err().contains("org.atrium.risks_"), "names the unsigned bundle: " + refused);
		assertTrue(refused.err().contains("Nothing was installed."), refused.toString());
		assertTrue(refused.err().contains("run the same command with --trust-unsigned"), refused.toString());
		assertEquals("", refused.out());
		assertFalse(atrium.bundlesInfo().contains("org.atrium.risks"), "no risk bundle starts");
		InstalledProduct.Run list = atrium.atrium(workspace, "plugins", "list", "--repo", repository.toString());
		assertEquals(0, list.exit(), list.toString());
		assertTrue(installedPart(list.out()).lines().noneMatch(line -> line.contains(FEATURE)), list.toString());
		String available = list.out().substring(list.out().indexOf("Available from " + repository + ":\n"));
		assertTrue(available.lines().anyMatch(line -> line.startsWith("  " + FEATURE + " ")), list.toString());

		String uri = repository.toUri().toString();
		assertTrue(uri.contains("my%20repo"), uri);
		InstalledProduct.Run trusted = atrium.atrium(workspace, "plugins", "install", "org.atrium.risks", "--repo",
				uri, "--trust-unsigned");
		assertEquals(0, trusted.exit(), trusted.toString());
		assertTrue(trusted.err().startsWith("atrium: warning: --trust-unsigned given, installing content that is not"
				+ " signed: "), trusted.toString());
		assertTrue(trusted.err().contains("org.atrium.risks_"), trusted.toString());
		assertTrue(trusted.out().startsWith("Installed " + FEATURE + " from " + uri), trusted.toString());
		assertTrue(atrium.bundlesInfo().contains("org.atrium.risks,"), "the risk bundles start next time");
		InstalledProduct.Run after = atrium.atrium(workspace, "plugins", "list");
		assertTrue(installedPart(after.out()).contains("  " + FEATURE + " "), after.toString());
	}

	private static String installedPart(String list) {
		int available = list.indexOf("Available from");
		return available < 0 ? list : list.substring(0, available);
	}
}
