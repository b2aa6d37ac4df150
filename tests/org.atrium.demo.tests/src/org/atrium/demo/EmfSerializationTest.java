package org.atrium.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

/**
 * The model round-trips through EMF's own XMI and binary resources, which copy and paste, drag and drop, EMF
 * Compare and plugin tests rely on: dates ({@code LocalDate}) and stamps ({@code Instant}) included.
 */
class EmfSerializationTest {

	@Test
	void theDemoOfficeRoundTripsThroughXmi() throws IOException {
		assertRoundTrip(() -> new XMIResourceImpl(URI.createURI("office.xmi")));
	}

	@Test
	void theDemoOfficeRoundTripsThroughTheBinaryResource() throws IOException {
		assertRoundTrip(() -> new BinaryResourceImpl(URI.createURI("office.bin")));
	}

	@Test
	void datesAreWrittenAsIsoText() throws IOException {
		Project project = Offices.generate(7, OfficeScale.DEMO).projects().get(0);
		project.setModified(Instant.parse("2026-11-27T09:15:30.123456789Z"));

		String xmi = new String(save(new XMIResourceImpl(URI.createURI("p.xmi")), List.of(project),
				Map.of(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD)),
				StandardCharsets.UTF_8);

		assertTrue(xmi.contains("plannedStart=\"" + project.getPlannedStart() + "\""), xmi);
		assertTrue(xmi.contains("modified=\"2026-11-27T09:15:30.123456789Z\""), xmi);
	}

	@Test
	void anIllegalDateIsRefused() {
		var factory = PmoPackage.eINSTANCE.getEFactoryInstance();
		assertThrows(RuntimeException.class,
				() -> factory.createFromString(PmoPackage.Literals.LOCAL_DATE, "2026-02-30"));
		assertEquals(null, factory.createFromString(PmoPackage.Literals.LOCAL_DATE, null));
	}

	private static void assertRoundTrip(Supplier<Resource> resources) throws IOException {
		Office office = Offices.generate(Offices.SEED, OfficeScale.DEMO);
		List<EObject> roots = new ArrayList<>();
		roots.addAll(office.people());
		roots.addAll(office.portfolios());
		roots.addAll(office.allocations());
		roots.addAll(office.timeEntries());
		Project sample = office.projects().get(0);
		sample.setCreated(Instant.parse("2026-01-05T08:00:00Z"));
		sample.setModified(Instant.parse("2026-11-27T16:45:12.5Z"));

		byte[] bytes = save(resources.get(), roots, Map.of());
		Resource loaded = resources.get();
		loaded.load(new ByteArrayInputStream(bytes), Map.of());

		assertEquals(roots.size(), loaded.getContents().size());
		assertTrue(EcoreUtil.equals(roots, loaded.getContents()), "every object, attribute and reference is the same");
	}

	private static byte[] save(Resource resource, List<? extends EObject> roots, Map<?, ?> options)
			throws IOException {
		resource.getContents().addAll(EcoreUtil.copyAll(roots));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}
}
