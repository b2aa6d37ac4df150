package org.atrium.meetings;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Flowing text and simple tables on A4 pages with PDFBox: lines wrap at the margin or the column, and a new page
 * starts when one is full. Text the standard fonts cannot show is replaced by '?'.
 */
final class PdfPages implements AutoCloseable {

	static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private static final float MARGIN = 50;
	private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);

	private final PDDocument document;
	private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
	private PDPageContentStream content;
	private float y;

	PdfPages(PDDocument document) throws IOException {
		this.document = document;
		newPage();
	}

	void title(String text) throws IOException {
		paragraph(text, BOLD, 16, Color.BLACK);
		y -= 4;
	}

	void heading(String text) throws IOException {
		y -= 10;
		paragraph(text, BOLD, 12, ACCENT);
		y -= 2;
	}

	void paragraph(String text, PDType1Font font, float size) throws IOException {
		paragraph(text, font, size, Color.BLACK);
	}

	/** A row of cells, each wrapped in its share of the width; bold for a header row. */
	void row(float[] shares, boolean header, String... cells) throws IOException {
		PDType1Font font = header ? BOLD : REGULAR;
		float size = 9.5f;
		float total = 0;
		for (float share : shares) {
			total += share;
		}
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int i = 0; i < cells.length; i++) {
			List<String> cell = wrap(cells[i], font, size, width * shares[i] / total - 6);
			wrapped.add(cell);
			lines = Math.max(lines, cell.size());
		}
		float leading = size * 1.35f;
		ensure(lines * leading + 4);
		float x = MARGIN;
		for (int i = 0; i < cells.length; i++) {
			float lineY = y;
			for (String line : wrapped.get(i)) {
				text(line, font, size, x, lineY - size, Color.BLACK);
				lineY -= leading;
			}
			x += width * shares[i] / total;
		}
		y -= lines * leading + 2;
		content.setStrokingColor(header ? ACCENT : Color.LIGHT_GRAY);
		content.moveTo(MARGIN, y);
		content.lineTo(MARGIN + width, y);
		content.stroke();
		y -= 3;
	}

	private void paragraph(String text, PDType1Font font, float size, Color color) throws IOException {
		float leading = size * 1.35f;
		for (String line : wrap(text, font, size, width)) {
			ensure(leading);
			text(line, font, size, MARGIN, y - size, color);
			y -= leading;
		}
	}

	private void text(String line, PDType1Font font, float size, float x, float baseline, Color color)
			throws IOException {
		content.beginText();
		content.setNonStrokingColor(color);
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(line);
		content.endText();
	}

	private void ensure(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** The text in lines no wider than the width, broken at spaces (or inside a word longer than a line). */
	static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text == null ? "" : text, font).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (widthOf(candidate, font, size) <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (widthOf(word, font, size) > width && word.length() > 1) {
					int cut = word.length() - 1;
					while (cut > 1 && widthOf(word.substring(0, cut), font, size) > width) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private static float widthOf(String text, PDType1Font font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** The text with tabs and no-break spaces (as in "2:00 PM") as spaces, and every character the font cannot encode as '?'. */
	private static String printable(String text, PDType1Font font) {
		StringBuilder out = new StringBuilder();
		text.replace("\r\n", "\n").replace('\t', ' ').replace('\u202f', ' ').replace('\u00a0', ' ').codePoints().forEach(c -> {
			String ch = new String(Character.toChars(c));
			if (c == '\n') {
				out.append('\n');
				return;
			}
			try {
				font.encode(ch);
				out.append(ch);
			} catch (IOException | IllegalArgumentException e) {
				out.append('?');
			}
		});
		return out.toString();
	}

	@Override
	public void close() throws IOException {
		content.close();
	}
}
