package org.atrium.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The one random source of a generation run: every draw goes through it, so the seed fixes the whole office. */
final class Dice {

	private final SplittableRandom random;

	Dice(long seed) {
		random = new SplittableRandom(seed);
	}

	/** A random (version 4) UUID string drawn from the seed. */
	String uuid() {
		long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	int between(int min, int max) {
		return min == max ? min : random.nextInt(min, max + 1);
	}

	/** A number from {@code from} towards {@code to}; {@code to} may be the smaller one. */
	double between(double from, double to) {
		return from + random.nextDouble() * (to - from);
	}

	/** A number below {@code bound}, which may exceed the int range. */
	long below(long bound) {
		return random.nextLong(bound);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** Up to {@code count} distinct items in random order. */
	<T> List<T> sample(List<T> items, int count) {
		List<T> shuffled = new ArrayList<>(items);
		int size = Math.min(count, shuffled.size());
		for (int index = 0; index < size; index++) {
			Collections.swap(shuffled, index, random.nextInt(index, shuffled.size()));
		}
		return shuffled.subList(0, size);
	}

	/** An index drawn with the given relative weights. */
	int weightedIndex(double... weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double draw = random.nextDouble() * total;
		for (int index = 0; index < weights.length - 1; index++) {
			draw -= weights[index];
			if (draw < 0) {
				return index;
			}
		}
		return weights.length - 1;
	}
}
