package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.mspdi.MSPDIWriter;

class MpxjRuntimeTest {

	@Test
	void writesAndReadsMspdiInsideOsgi() throws Exception {
		ProjectFile plan = new ProjectFile();
		Task task = plan.addTask();
		task.setName("Design");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(plan, out);
		ProjectFile read = new MSPDIReader().read(new ByteArrayInputStream(out.toByteArray()));
		assertEquals("Design", read.getTasks().stream().filter(t -> t.getID() != null && t.getID() > 0)
				.findFirst().orElseThrow().getName());
	}
}
