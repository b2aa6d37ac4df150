package org.atrium.plugins;

/**
 * Decides whether to install content that p2 cannot trust: unsigned, or signed by an unknown authority.
 * The command line trusts it only when told to ({@code --trust-unsigned}); the workbench asks the user.
 */
@FunctionalInterface
public interface TrustPolicy {

	/** Installs nothing that is not signed by a trusted signer. */
	TrustPolicy REFUSE = content -> false;

	/** @return true to install the content anyway */
	boolean trust(UntrustedContent content);
}
