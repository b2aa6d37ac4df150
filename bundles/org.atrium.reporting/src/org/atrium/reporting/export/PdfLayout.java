package org.atrium.reporting.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.atrium.reporting.ReportFigures;

/**
 * Writes pages top to bottom with PDFBox: wrapped text, tables whose header row repeats on every page, filled shapes
 * for charts. Page content goes to a temporary file as each page is finished, so a long report does not fill
 * memory. Text the standard fonts cannot show is written with '?' in its place.
 */
final class PdfLayout implements AutoCloseable {

	static final Color HEADER = new Color(225, 230, 236);
	/**
	 * PDFBox says on every font it creates that the machine lacks Helvetica and it draws with a look-alike; the PDF
	 * names the standard font, which every reader has. Kept here so the setting outlives garbage collection.
	 */
	private static final Logger FONT_NOTICES = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

	static {
		FONT_NOTICES.setLevel(Level.SEVERE);
	}

	static final Color GRID = new Color(200, 200, 200);

	final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final PDDocument document;
	private final PDRectangle size;
	private final float margin;
	private final Map<Character, Boolean> encodable = new HashMap<>();
	private PDPageContentStream content;
	private float y;

	PdfLayout(PDRectangle size, float margin, String title) {
		this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
		this.size = size;
		this.margin = margin;
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("Atrium");
	}

	float width() {
		return size.getWidth() - 2 * margin;
	}

	float left() {
		return margin;
	}

	float y() {
		return y;
	}

	void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(size);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = size.getHeight() - margin;
	}

	/** Starts a new page unless the height still fits on this one. */
	void ensure(float height) throws IOException {
		if (content == null || y - height < margin) {
			newPage();
		}
	}

	void gap(float height) {
		y -= height;
	}

	/** Text wrapped to the width, one or more lines. */
	void paragraph(String text, PDType1Font font, float fontSize) throws IOException {
		for (String line : text.split("\n", -1)) {
			for (String wrapped : wrap(line, font, fontSize, width())) {
				ensure(fontSize * 1.4f);
				y -= fontSize * 1.25f;
				write(wrapped, font, fontSize, margin, y);
				y -= fontSize * 0.15f;
			}
		}
	}

	/** One line at a position, shortened with an ellipsis to fit the width. */
	void write(String text, PDType1Font font, float fontSize, float x, float baseline) throws IOException {
		content.beginText();
		content.setNonStrokingColor(Color.BLACK);
		content.setFont(font, fontSize);
		content.newLineAtOffset(x, baseline);
		content.showText(safe(text));
		content.endText();
	}

	void writeRight(String text, PDType1Font font, float fontSize, float right, float baseline) throws IOException {
		write(text, font, fontSize, right - textWidth(text, font, fontSize), baseline);
	}

	String fit(String text, PDType1Font font, float fontSize, float width) throws IOException {
		String safe = safe(text);
		if (textWidth(safe, font, fontSize) <= width) {
			return safe;
		}
		int end = safe.length();
		while (end > 0 && textWidth(safe.substring(0, end) + "\u2026", font, fontSize) > width) {
			end--;
		}
		return safe.substring(0, end) + "\u2026";
	}

	float textWidth(String text, PDType1Font font, float fontSize) throws IOException {
		return font.getStringWidth(safe(text)) / 1000 * fontSize;
	}

	void fill(float x, float bottom, float width, float height, Color color) throws IOException {
		content.setNonStrokingColor(color);
		content.addRect(x, bottom, width, height);
		content.fill();
	}

	void line(float x1, float y1, float x2, float y2, Color color) throws IOException {
		content.setStrokingColor(color);
		content.setLineWidth(0.5f);
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

	/**
	 * A table: column widths by the longest text of the header and the first rows, each row one line (long cells end
	 * in an ellipsis), numbers to the right, the header repeated on each new page.
	 */
	void table(List<String> columns, List<List<String>> rows, float fontSize) throws IOException {
		float[] widths = widths(columns, rows, fontSize);
		float rowHeight = fontSize * 1.7f;
		boolean[] numeric = new boolean[columns.size()];
		for (int i = 0; i < numeric.length; i++) {
			numeric[i] = !rows.isEmpty() && ReportFigures.isNumber(rows.get(0).get(i));
		}
		ensure(rowHeight * 2);
		header(columns, widths, numeric, fontSize, rowHeight);
		for (List<String> row : rows) {
			if (y - rowHeight < margin) {
				newPage();
				header(columns, widths, numeric, fontSize, rowHeight);
			}
			float x = margin;
			y -= rowHeight;
			for (int i = 0; i < columns.size(); i++) {
				String cell = row.get(i);
				String shown = fit(cell, regular, fontSize, widths[i] - 4);
				if (ReportFigures.isNumber(cell)) {
					writeRight(shown, regular, fontSize, x + widths[i] - 2, y + fontSize * 0.5f);
				} else {
					write(shown, regular, fontSize, x + 2, y + fontSize * 0.5f);
				}
				x += widths[i];
			}
			line(margin, y, margin + width(), y, GRID);
		}
		y -= fontSize;
	}

	private void header(List<String> columns, float[] widths, boolean[] numeric, float fontSize, float rowHeight)
			throws IOException {
		y -= rowHeight;
		fill(margin, y, width(), rowHeight, HEADER);
		float x = margin;
		for (int i = 0; i < columns.size(); i++) {
			String shown = fit(columns.get(i), bold, fontSize, widths[i] - 4);
			if (numeric[i]) {
				writeRight(shown, bold, fontSize, x + widths[i] - 2, y + fontSize * 0.5f);
			} else {
				write(shown, bold, fontSize, x + 2, y + fontSize * 0.5f);
			}
			x += widths[i];
		}
	}

	private float[] widths(List<String> columns, List<List<String>> rows, float fontSize) throws IOException {
		float[] natural = new float[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			natural[i] = textWidth(columns.get(i), bold, fontSize) + 6;
		}
		for (List<String> row : rows.subList(0, Math.min(rows.size(), 200))) {
			for (int i = 0; i < columns.size(); i++) {
				natural[i] = Math.max(natural[i], Math.min(textWidth(row.get(i), regular, fontSize) + 6, width() / 2));
			}
		}
		float total = 0;
		for (float w : natural) {
			total += w;
		}
		float scale = width() / total;
		for (int i = 0; i < natural.length; i++) {
			natural[i] *= scale;
		}
		return natural;
	}

	/** The text with characters the standard fonts cannot show replaced by '?', and no control characters. */
	String safe(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			boolean ok = encodable.computeIfAbsent(c, this::canEncode);
			out.append(ok ? c : c == '\t' ? ' ' : '?');
		}
		return out.toString();
	}

	private boolean canEncode(char c) {
		if (Character.isISOControl(c)) {
			return false;
		}
		try {
			regular.encode(String.valueOf(c));
			return true;
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	static List<String> wrap(String line, PDType1Font font, float fontSize, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : line.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && font.getStringWidth(sanitizedForWidth(candidate)) / 1000 * fontSize > width) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			} else {
				current = new StringBuilder(candidate);
			}
		}
		lines.add(current.toString());
		return lines;
	}

	private static String sanitizedForWidth(String text) {
		return text.replaceAll("[^\\x20-\\x7e]", "?");
	}

	void save(OutputStream out) throws IOException {
		if (content == null) {
			newPage();
		}
		content.close();
		content = null;
		document.save(out);
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
		}
		document.close();
	}
}
