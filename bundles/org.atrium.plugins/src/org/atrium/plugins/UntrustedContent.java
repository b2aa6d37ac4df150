package org.atrium.plugins;

import java.util.ArrayList;
import java.util.List;

/**
 * What p2 found it cannot trust in the content about to be installed: artifacts with no signature, and
 * signers (certificates or PGP keys) that this installation does not know.
 */
public record UntrustedContent(List<String> unsigned, List<String> unknownSigners) {

	public UntrustedContent {
		unsigned = List.copyOf(unsigned);
		unknownSigners = List.copyOf(unknownSigners);
	}

	/** One line for a person: "not signed: a.jar, b.jar; signed by unknown signers: PGP key 1a2b". */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (!unsigned.isEmpty()) {
			parts.add("not signed: " + String.join(", ", unsigned));
		}
		if (!unknownSigners.isEmpty()) {
			parts.add("signed by unknown signers: " + String.join(", ", unknownSigners));
		}
		return parts.isEmpty() ? "signed by a signer p2 could not name" : String.join("; ", parts);
	}
}
