package org.atrium.core.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Options anywhere ({@code --name value}) and positional words, consumed in order. */
public final class CommandArguments {

	private final List<String> words;

	public CommandArguments(List<String> words) {
		this.words = new ArrayList<>(words);
	}

	/** The value of the option, removed from the words. */
	public Optional<String> option(String name) {
		int index = words.indexOf(name);
		if (index < 0) {
			return Optional.empty();
		}
		if (index + 1 >= words.size() || words.get(index + 1).startsWith("--")) {
			throw new UsageException(name + " needs a value");
		}
		String value = words.get(index + 1);
		words.subList(index, index + 2).clear();
		return Optional.of(value);
	}

	/** Whether the flag is present, removed from the words. */
	public boolean flag(String name) {
		return words.remove(name);
	}

	/** The next positional word, removed from the words. */
	public Optional<String> next() {
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).startsWith("--") || words.get(i).equals("--help")) {
				return Optional.of(words.remove(i));
			}
		}
		return Optional.empty();
	}

	/** The next positional word, or a usage error with the message. */
	public String required(String message) {
		return next().orElseThrow(() -> new UsageException(message));
	}

	/** Refuses words that no one consumed. */
	public void finish() {
		if (!words.isEmpty()) {
			throw new UsageException("unexpected argument '" + words.get(0) + "'");
		}
	}

	/** The option as a whole number in min..max; an overflowing or malformed value is refused, never wrapped. */
	public Optional<Long> longOption(String name, long min, long max) {
		return option(name).map(value -> {
			long number;
			try {
				number = Long.parseLong(value.strip());
			} catch (NumberFormatException e) {
				throw new UsageException(name + " must be a whole number between " + min + " and " + max + ", was '"
						+ value + "'");
			}
			if (number < min || number > max) {
				throw new UsageException(name + " must be between " + min + " and " + max + ", was " + number);
			}
			return number;
		});
	}

	/** The option as a date like 2026-11-27. */
	public Optional<LocalDate> dateOption(String name) {
		return option(name).map(value -> {
			try {
				return LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new UsageException(name + " must be a date like 2026-11-27, was '" + value + "'");
			}
		});
	}
}
