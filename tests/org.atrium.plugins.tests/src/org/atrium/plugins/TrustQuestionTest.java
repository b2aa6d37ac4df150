package org.atrium.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;

import org.eclipse.equinox.p2.core.UIServices.TrustInfo;
import org.junit.jupiter.api.Test;

/** p2's trust question, as the engine's certificate checker asks it, answered by a policy. */
class TrustQuestionTest {

	static final String[] UNSIGNED = { "/opt/atrium/plugins/org.atrium.risks_0.1.0.jar",
			"/tmp/p2 cache/org.atrium.risks.ui_0.1.0.jar [1a2b3c]" };

	@Test
	void refusedUnsignedContentIsNotTrustedAndIsRemembered() {
		TrustQuestion question = new TrustQuestion(TrustPolicy.REFUSE);
		TrustInfo answer = question.getTrustInfo(null, List.of(), UNSIGNED);
		assertFalse(answer.trustUnsignedContent());
		assertEquals(0, answer.getTrustedCertificates().length);
		assertTrue(answer.getTrustedPGPKeys().isEmpty());
		assertFalse(answer.persistTrust(), "nothing is trusted for later installs");
		assertEquals(new UntrustedContent(List.of("org.atrium.risks_0.1.0.jar", "org.atrium.risks.ui_0.1.0.jar"),
				List.of()), question.refused());
		assertEquals("not signed: org.atrium.risks_0.1.0.jar, org.atrium.risks.ui_0.1.0.jar",
				question.refused().describe());
	}

	@Test
	void aTrustingPolicyIsToldWhatItTrustsAndNothingIsRefused() {
		List<UntrustedContent> asked = new ArrayList<>();
		TrustQuestion question = new TrustQuestion(content -> asked.add(content));
		TrustInfo answer = question.getTrustInfo(null, null, UNSIGNED);
		assertTrue(answer.trustUnsignedContent());
		assertFalse(answer.persistTrust());
		assertEquals(List.of("org.atrium.risks_0.1.0.jar", "org.atrium.risks.ui_0.1.0.jar"), asked.get(0).unsigned());
		assertNull(question.refused());
	}

	@Test
	void theOlderQuestionWithoutKeysIsAnsweredTheSameWay() {
		TrustQuestion question = new TrustQuestion(TrustPolicy.REFUSE);
		assertFalse(question.getTrustInfo(null, UNSIGNED).trustUnsignedContent());
		assertEquals(2, question.refused().unsigned().size());
	}

	@Test
	void anUnknownPgpSignerIsNamedByItsKeyAndTrustedOnlyIfThePolicySays() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(1024);
		PGPPublicKey key = new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, generator.generateKeyPair(), new Date())
				.getPublicKey();
		String named = "PGP key " + Long.toHexString(key.getKeyID()).toUpperCase(Locale.ROOT);

		TrustQuestion refusing = new TrustQuestion(TrustPolicy.REFUSE);
		TrustInfo refused = refusing.getTrustInfo(null, List.of(key), null);
		assertTrue(refused.getTrustedPGPKeys().isEmpty(), "the engine then cancels the install");
		assertEquals(new UntrustedContent(List.of(), List.of(named)), refusing.refused());
		assertEquals("signed by unknown signers: " + named, refusing.refused().describe());

		TrustQuestion trusting = new TrustQuestion(content -> true);
		TrustInfo trusted = trusting.getTrustInfo(null, List.of(key), null);
		assertEquals(List.of(key.getKeyID()), trusted.getTrustedPGPKeys().stream().map(PGPPublicKey::getKeyID).toList());
		assertFalse(trusted.persistTrust());
		assertNull(trusting.refused());
	}

	@Test
	void unknownSignersAreDescribedToo() {
		assertEquals("not signed: a.jar; signed by unknown signers: PGP key 1A2B",
				new UntrustedContent(List.of("a.jar"), List.of("PGP key 1A2B")).describe());
		assertEquals("signed by a signer p2 could not name", new UntrustedContent(List.of(), List.of()).describe());
	}

	@Test
	void noPasswordIsEverGiven() {
		assertEquals(TrustQuestion.AUTHENTICATION_PROMPT_CANCELED,
				new TrustQuestion(content -> true).getUsernamePassword("https://plugins.example.org"));
	}
}
