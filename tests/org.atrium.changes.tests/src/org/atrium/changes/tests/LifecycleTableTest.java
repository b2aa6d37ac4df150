package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.atrium.changes.ChangeLifecycle;
import org.atrium.changes.model.changes.ChangeStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of statuses: the lifecycle allows exactly its moves and says why it refuses the others. */
class LifecycleTableTest {

	static Stream<Arguments> everyMove() {
		List<Arguments> moves = new ArrayList<>();
		for (ChangeStatus from : ChangeStatus.values()) {
			for (ChangeStatus to : ChangeStatus.values()) {
				if (from != to) {
					moves.add(Arguments.of(from, to));
				}
			}
		}
		return moves.stream();
	}

	@ParameterizedTest
	@MethodSource("everyMove")
	void theLifecycleAllowsExactlyItsMovesAndNamesTheAllowedOnes(ChangeStatus from, ChangeStatus to) {
		boolean allowed = ChangeLifecycle.next(from).contains(to);
		assertEquals(allowed, ChangeLifecycle.whyNot("CR-1", from, to).isEmpty());
		ChangeLifecycle.whyNot("CR-1", from, to).ifPresent(reason -> assertTrue(
				reason.startsWith("CR-1 cannot go from " + from.getLiteral().toLowerCase() + " to "
						+ to.getLiteral().toLowerCase() + ": "), reason));
	}
}
