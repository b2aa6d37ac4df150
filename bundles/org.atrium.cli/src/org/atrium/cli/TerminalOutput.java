package org.atrium.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Output to a terminal that shows stored text as text: a control character a terminal would act on (an escape
 * sequence, a bell, a carriage return that overwrites the line, an 8-bit control) is written as '?'. Line feeds
 * and tabs pass. UTF-8 bytes are filtered as bytes: C0 controls never occur inside a multi-byte character, and
 * the C1 controls U+0080..U+009F are the two-byte sequences C2 80..C2 9F.
 */
final class TerminalOutput extends FilterOutputStream {

	private static final int C1_LEAD = 0xC2;

	private boolean afterC1Lead;

	private TerminalOutput(OutputStream terminal) {
		super(terminal);
	}

	/** The stream, writing in its own charset, with control characters replaced. */
	static PrintStream safe(PrintStream terminal) {
		return new PrintStream(new TerminalOutput(terminal), true, terminal.charset());
	}

	@Override
	public void write(int b) throws IOException {
		int value = b & 0xFF;
		if (afterC1Lead) {
			afterC1Lead = false;
			if (value >= 0x80 && value <= 0x9F) {
				out.write('?');
				return;
			}
			out.write(C1_LEAD);
		}
		if (value == C1_LEAD) {
			afterC1Lead = true;
		} else {
			out.write(isControl(value) ? '?' : value);
		}
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		if (afterC1Lead) {
			out.write(C1_LEAD);
			afterC1Lead = false;
		}
		super.close();
	}

	private static boolean isControl(int value) {
		return value < 0x20 && value != '\n' && value != '\t' || value == 0x7F;
	}
}
