package org.atrium.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIReader;

/**
 * Reads MS Project plans, MSPDI XML and {@code .mpp}, with MPXJ, after checking that the file is safe to read: at most
 * {@value #MAX_BYTES} bytes, well-formed XML without a DOCTYPE or entity references, and dates that MS Project itself
 * accepts ({@link #EARLIEST} to {@link #LATEST}).
 */
public final class PlanFiles {

	/** The largest plan read: 50 MB. */
	public static final long MAX_BYTES = 50L * 1024 * 1024;

	/** The earliest date MS Project accepts. */
	public static final LocalDate EARLIEST = LocalDate.of(1984, 1, 1);

	/** The latest date MS Project accepts. */
	public static final LocalDate LATEST = LocalDate.of(2149, 12, 31);

	private static final String MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";
	private static final byte[] OLE2_SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private PlanFiles() {
	}

	/** Reads the plan in the file, MSPDI XML or {@code .mpp}. */
	public static ProjectFile read(Path file) throws PlanFileException {
		try {
			long size = Files.size(file);
			checkSize(size);
			return read(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			throw new PlanFileException("There is no file " + file + ".");
		} catch (IOException e) {
			throw new PlanFileException("Could not read " + file + ": " + e.getMessage(), e);
		}
	}

	/** Reads a plan of at most {@value #MAX_BYTES} bytes from the stream, which stays open. */
	public static ProjectFile read(InputStream in) throws PlanFileException, IOException {
		byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
		checkSize(bytes.length);
		return read(bytes);
	}

	/** Reads the plan in the bytes. */
	public static ProjectFile read(byte[] bytes) throws PlanFileException {
		checkSize(bytes.length);
		ProjectFile plan = isOle2(bytes) ? readMpp(bytes) : readMspdi(bytes);
		checkDates(plan);
		return plan;
	}

	private static void checkSize(long size) throws PlanFileException {
		if (size > MAX_BYTES) {
			throw new PlanFileException(String.format(Locale.ROOT,
					"The file is %.1f MB; plans larger than 50 MB are refused.", size / (1024.0 * 1024.0)));
		}
		if (size == 0) {
			throw new PlanFileException("The file is empty.");
		}
	}

	private static boolean isOle2(byte[] bytes) {
		if (bytes.length < OLE2_SIGNATURE.length) {
			return false;
		}
		for (int i = 0; i < OLE2_SIGNATURE.length; i++) {
			if (bytes[i] != OLE2_SIGNATURE[i]) {
				return false;
			}
		}
		return true;
	}

	private static ProjectFile readMpp(byte[] bytes) throws PlanFileException {
		try {
			return new MPPReader().read(new ByteArrayInputStream(bytes));
		} catch (MPXJException | RuntimeException e) {
			throw new PlanFileException("The file is not an .mpp plan that can be read: " + e.getMessage(), e);
		}
	}

	private static ProjectFile readMspdi(byte[] bytes) throws PlanFileException {
		checkXml(bytes);
		try {
			return new MSPDIReader().read(new ByteArrayInputStream(bytes));
		} catch (MPXJException | RuntimeException e) {
			throw new PlanFileException("The file is not an MSPDI plan that can be read: " + rootMessage(e), e);
		}
	}

	/**
	 * Reads the whole document once with a parser that resolves nothing: a DOCTYPE, an entity reference, a root that
	 * is not an MSPDI project or XML that is not well-formed (a truncated file) is refused before MPXJ sees it.
	 */
	static void checkXml(byte[] bytes) throws PlanFileException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
			boolean root = true;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw new PlanFileException(
							"The file declares a DOCTYPE; plans with a DOCTYPE or external entities are refused.");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new PlanFileException("The file refers to the entity '" + reader.getLocalName()
							+ "'; plans with entities are refused.");
				}
				if (event == XMLStreamConstants.START_ELEMENT && root) {
					root = false;
					if (!"Project".equals(reader.getLocalName())
							|| !MSPDI_NAMESPACE.equals(reader.getNamespaceURI())) {
						throw new PlanFileException("The file is not an MSPDI plan: its root element is <"
								+ reader.getLocalName() + ">, not <Project> of " + MSPDI_NAMESPACE + ".");
					}
				}
			}
			if (root) {
				throw new PlanFileException("The file has no XML element; it is not an MSPDI plan.");
			}
		} catch (XMLStreamException e) {
			String where = e.getLocation() == null ? ""
					: " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
			throw new PlanFileException("The file is not well-formed XML" + where
					+ "; it may be truncated or damaged: " + firstLine(e.getMessage()), e);
		} finally {
			if (reader != null) {
				try {
					reader.close();
				} catch (XMLStreamException e) {
					// nothing held beyond the bytes
				}
			}
		}
	}

	private static void checkDates(ProjectFile plan) throws PlanFileException {
		ProjectProperties properties = plan.getProjectProperties();
		checkDate("the project's start", properties.getStartDate());
		checkDate("the project's finish", properties.getFinishDate());
		for (Task task : plan.getTasks()) {
			String what = "task " + quoted(task.getName()) + " (UID " + task.getUniqueID() + ")";
			checkDate(what + ", Start", task.getStart());
			checkDate(what + ", Finish", task.getFinish());
			checkDate(what + ", Baseline Start", task.getBaselineStart());
			checkDate(what + ", Baseline Finish", task.getBaselineFinish());
			checkDate(what + ", Actual Start", task.getActualStart());
			checkDate(what + ", Actual Finish", task.getActualFinish());
		}
		for (ResourceAssignment assignment : plan.getResourceAssignments()) {
			String what = "assignment UID " + assignment.getUniqueID();
			checkDate(what + ", Start", assignment.getStart());
			checkDate(what + ", Finish", assignment.getFinish());
		}
	}

	private static void checkDate(String field, LocalDateTime value) throws PlanFileException {
		if (value != null && (value.toLocalDate().isBefore(EARLIEST) || value.toLocalDate().isAfter(LATEST))) {
			throw new PlanFileException("In " + field + ", the date " + value.toLocalDate()
					+ " is out of range: MS Project plans hold dates from " + EARLIEST + " to " + LATEST + ".");
		}
	}

	static String quoted(String text) {
		return text == null ? "(no name)" : "'" + text + "'";
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return firstLine(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int end = text.indexOf('\n');
		return (end < 0 ? text : text.substring(0, end)).strip();
	}
}
