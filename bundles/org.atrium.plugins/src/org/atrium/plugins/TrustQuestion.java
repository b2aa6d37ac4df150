package org.atrium.plugins;

import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

/**
 * p2's question "do you trust this content?", answered by a {@link TrustPolicy}. p2 checks signatures only
 * when such a service is registered in the provisioning agent; without one it installs anything.
 * Remembers what it refused, so that the install can say why nothing was installed.
 */
final class TrustQuestion extends UIServices {

	private final TrustPolicy policy;
	private UntrustedContent refused;

	TrustQuestion(TrustPolicy policy) {
		this.policy = policy;
	}

	/** What was refused, or null if nothing was. */
	UntrustedContent refused() {
		return refused;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
		return getTrustInfo(untrustedChains, List.of(), unsignedDetail);
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedKeys,
			String[] unsignedDetail) {
		List<Certificate> certificates = untrustedChains == null ? List.of()
				: Arrays.stream(untrustedChains).filter(chain -> chain.length > 0).map(chain -> chain[0]).toList();
		List<PGPPublicKey> keys = untrustedKeys == null ? List.of() : List.copyOf(untrustedKeys);
		List<String> signers = new ArrayList<>();
		certificates.forEach(c -> signers.add(c instanceof X509Certificate x ? x.getSubjectX500Principal().getName()
				: "a " + c.getType() + " certificate"));
		keys.forEach(k -> signers.add("PGP key " + Long.toHexString(k.getKeyID()).toUpperCase(Locale.ROOT)));
		List<String> unsigned = unsignedDetail == null ? List.of()
				: Arrays.stream(unsignedDetail).map(TrustQuestion::artifactName).toList();
		UntrustedContent content = new UntrustedContent(unsigned, signers);
		if (policy.trust(content)) {
			return new TrustInfo(certificates, keys, false, true);
		}
		refused = content;
		return new TrustInfo(List.of(), List.of(), false, false);
	}

	/** p2 describes an unsigned artifact by its file, sometimes followed by " [key ids]"; the file name says what it is. */
	static String artifactName(String detail) {
		String file = detail.replaceFirst(" \\[[^\\]]*\\]$", "");
		try {
			Path name = Path.of(file).getFileName();
			return name == null ? detail : name.toString();
		} catch (RuntimeException e) {
			return detail;
		}
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return AUTHENTICATION_PROMPT_CANCELED;
	}

	@Override
	public void showInformationMessage(String title, String text, String linkText) {
		// Nothing to show: results come back as statuses.
	}
}
