package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.atrium.interop.PlanFileException;
import org.atrium.interop.PlanFiles;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;

/** Malformed, truncated and hostile plan files are refused with a message that says what is wrong. */
class PlanFilesTest extends InteropTestSupport {

	private static String refusal(byte[] bytes) {
		return assertThrows(PlanFileException.class, () -> PlanFiles.read(bytes)).getMessage();
	}

	@Test
	void aWellFormedPlanIsRead() throws Exception {
		ProjectFile plan = PlanFiles.read(mspdi(smallPlan()));
		assertEquals("Website relaunch", plan.getProjectProperties().getProjectTitle());
	}

	@Test
	void aDoctypeWithAnExternalEntityIsRefusedBeforeAnythingResolvesIt() throws Exception {
		Path secret = workspace.resolve("secret.txt");
		Files.writeString(secret, "top secret");
		String xml = new String(mspdi(smallPlan()), StandardCharsets.UTF_8);
		String hostile = xml.replaceFirst("<Project ", "<!DOCTYPE Project [<!ENTITY leak SYSTEM \"" + secret.toUri()
				+ "\">]>\n<Project ").replaceFirst("<Name>Design signed off</Name>", "<Name>&leak;</Name>");

		String message = refusal(hostile.getBytes(StandardCharsets.UTF_8));

		assertTrue(message.contains("DOCTYPE"), message);
	}

	@Test
	void aTruncatedFileIsRefusedAsNotWellFormed() throws Exception {
		byte[] xml = mspdi(phasedPlan());
		String message = refusal(Arrays.copyOf(xml, xml.length / 2));
		assertTrue(message.contains("not well-formed XML") && message.contains("truncated"), message);
	}

	@Test
	void anotherXmlDocumentIsNotAPlan() {
		String message = refusal("<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8));
		assertTrue(message.contains("root element is <html>"), message);
	}

	@Test
	void aDateOutOfRangeIsRefusedNamingTheTaskAndField() throws Exception {
		ProjectFile plan = smallPlan();
		plan.getTaskByUniqueID(3).setStart(at(2200, 1, 1));
		plan.getTaskByUniqueID(3).setFinish(at(2200, 1, 1));

		String message = refusal(mspdi(plan));

		assertTrue(message.contains("task 'Go live' (UID 3)") && message.contains("2200-01-01")
				&& message.contains("out of range"), message);
	}

	@Test
	void aFileOver50MegabytesIsRefusedUnread() throws IOException {
		Path big = workspace.resolve("big.xml");
		try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(PlanFiles.MAX_BYTES + 1);
		}
		String message = assertThrows(PlanFileException.class, () -> PlanFiles.read(big)).getMessage();
		assertTrue(message.contains("50.0 MB") && message.contains("larger than 50 MB"), message);
	}

	@Test
	void anMppThatIsNotAPlanIsRefused() {
		byte[] bytes = new byte[1024];
		bytes[0] = (byte) 0xD0;
		bytes[1] = (byte) 0xCF;
		bytes[2] = 0x11;
		bytes[3] = (byte) 0xE0;
		String message = refusal(bytes);
		assertTrue(message.contains("not an .mpp plan"), message);
	}

	@Test
	void anEmptyFileIsRefused() {
		assertTrue(refusal(new byte[0]).contains("empty"));
	}
}
