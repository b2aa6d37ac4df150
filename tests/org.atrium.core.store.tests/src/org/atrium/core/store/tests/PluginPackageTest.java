package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.SchemaMigration;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * A package that the store has never seen, built here the way a plugin would ship one, persists
 * with no mapping code, including references into the core model and every attribute type.
 */
class PluginPackageTest extends StoreTestSupport {

	private static final EcoreFactory E = EcoreFactory.eINSTANCE;
	private static final EcorePackage T = EcorePackage.eINSTANCE;

	/** The plugin package: Note (every attribute type, references into the core) at a schema version. */
	static final class NotesPackage {
		final EPackage ePackage = E.createEPackage();
		final EClass note = E.createEClass();
		final EEnum severity = E.createEEnum();
		final int version;

		NotesPackage(int version) {
			this(version, "notes");
		}

		/** The package with another nsPrefix, which names its tables. */
		NotesPackage(int version, String prefix) {
			this.version = version;
			ePackage.setName("notes");
			ePackage.setNsPrefix(prefix);
			ePackage.setNsURI("http://example.org/notes");
			// Generated code would subclass EntityImpl; dynamic objects carry the Entity features reflectively.
			ePackage.setEFactoryInstance(new EFactoryImpl() {
				@Override
				public EObject create(EClass eClass) {
					return new DynamicEObjectImpl(eClass);
				}
			});
			note.setName("Note");
			note.getESuperTypes().add(P.getEntity());
			for (String literal : List.of("low", "high")) {
				EEnumLiteral value = E.createEEnumLiteral();
				value.setName(literal);
				value.setValue(severity.getELiterals().size());
				severity.getELiterals().add(value);
			}
			severity.setName("Severity");
			ePackage.getEClassifiers().addAll(List.of(note, severity));
			attribute("text", T.getEString(), false);
			attribute("count", T.getEInt(), false);
			attribute("big", T.getELong(), false);
			attribute("ratio", T.getEDouble(), false);
			attribute("weight", T.getEFloat(), false);
			attribute("flag", T.getEBoolean(), false);
			attribute("amount", T.getEBigDecimal(), false);
			attribute("huge", T.getEBigInteger(), false);
			attribute("when", T.getEDate(), false);
			attribute("day", P.getLocalDate(), false);
			attribute("stamp", P.getInstant(), false);
			attribute("initial", T.getEChar(), false);
			attribute("severity", severity, false);
			attribute("tags", T.getEString(), true);
			reference("project", P.getProject(), false);
			reference("scope", P.getScope(), false);
			reference("watchers", P.getPerson(), true);
			if (version >= 2) {
				attribute("resolution", T.getEString(), false);
			}
		}

		private void attribute(String name, EDataType type, boolean many) {
			EAttribute attribute = E.createEAttribute();
			attribute.setName(name);
			attribute.setEType(type);
			attribute.setUpperBound(many ? -1 : 1);
			note.getEStructuralFeatures().add(attribute);
		}

		private void reference(String name, EClass type, boolean many) {
			EReference reference = E.createEReference();
			reference.setName(name);
			reference.setEType(type);
			reference.setUpperBound(many ? -1 : 1);
			note.getEStructuralFeatures().add(reference);
		}

		EObject newNote() {
			return EcoreUtil.create(note);
		}

		void set(EObject object, String feature, Object value) {
			object.eSet(note.getEStructuralFeature(feature), value);
		}

		Object get(EObject object, String feature) {
			return object.eGet(note.getEStructuralFeature(feature));
		}

		/** The package at its version, every version raised by additive changes only. */
		ModelContribution contribution() {
			return contribution(IntStream.range(1, version).mapToObj(SchemaMigration::additive).toList());
		}

		ModelContribution contribution(List<SchemaMigration> steps) {
			return new ModelContribution() {
				@Override
				public EPackage ePackage() {
					return ePackage;
				}

				@Override
				public int schemaVersion() {
					return version;
				}

				@Override
				public List<SchemaMigration> migrations() {
					return steps;
				}
			};
		}
	}

	@Test
	void pluginPackagePersistsWithNoMappingCode() {
		NotesPackage notes = new NotesPackage(1);
		Person ann = person("Ann Lee", "alee");
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		EObject note = notes.newNote();
		Instant stamp = Instant.parse("2026-11-20T10:15:30.123456Z");
		notes.set(note, "text", "Vendor contract under review");
		notes.set(note, "count", 3);
		notes.set(note, "big", 9_000_000_000L);
		notes.set(note, "ratio", 0.125);
		notes.set(note, "weight", 1.5f);
		notes.set(note, "flag", true);
		notes.set(note, "amount", new BigDecimal("12345.678"));
		notes.set(note, "huge", new BigInteger("123456789012345678901234"));
		notes.set(note, "when", new Date(1_700_000_000_000L));
		notes.set(note, "day", LocalDate.of(2026, 2, 28));
		notes.set(note, "stamp", stamp);
		notes.set(note, "initial", 'Q');
		notes.set(note, "severity", notes.severity.getEEnumLiteral("high"));
		notes.set(note, "tags", List.of("legal", "vendor"));
		notes.set(note, "project", project);
		notes.set(note, "scope", project.getProgram());
		notes.set(note, "watchers", List.of(ann));

		ModelStore store = openStore(notes.contribution());
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, portfolio, note);
		}
		try (StoreSession session = store.openSession("alee")) {
			List<EObject> found = session.query(Query.<EObject>of(notes.note)
					.where(Condition.eq(notes.note.getEStructuralFeature("tags"), "vendor")));
			assertEquals(1, found.size());
			EObject loaded = found.get(0);
			for (String feature : List.of("text", "count", "big", "ratio", "weight", "flag", "amount", "huge", "when",
					"day", "stamp", "initial", "tags")) {
				assertEquals(notes.get(note, feature), notes.get(loaded, feature), feature);
			}
			assertSame(notes.severity.getEEnumLiteral("high"), notes.get(loaded, "severity"));
			Project target = (Project) notes.get(loaded, "project");
			assertFalse(target.eIsProxy(), "the reference into the core model resolves");
			assertEquals("OPS-1", target.getCode());
			assertEquals("Lean", ((org.atrium.core.model.pmo.Program) notes.get(loaded, "scope")).getName());
			assertEquals("Ann Lee", ((Person) ((List<?>) notes.get(loaded, "watchers")).get(0)).getName());
			assertTrue(store.schema().contains(new SchemaInfo("http://example.org/notes", "notes", 1)));
		}
	}

	@Test
	void rootsAreTheTopmostObjectsOfEveryRegisteredPackageWithTheirContents() {
		NotesPackage notes = new NotesPackage(1);
		Person ann = person("Ann Lee", "alee");
		Portfolio portfolio = portfolio("Ops");
		project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		EObject note = notes.newNote();
		notes.set(note, "text", "a plugin's object with no container");
		ModelStore store = openStore(notes.contribution());
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, portfolio, note);
		}
		try (StoreSession session = store.openSession("alee")) {
			List<EObject> roots = session.roots();

			assertEquals(List.of("Note", "Person", "Portfolio"),
					roots.stream().map(root -> root.eClass().getName()).sorted().toList());
			Portfolio loaded = (Portfolio) roots.stream().filter(Portfolio.class::isInstance).findFirst().orElseThrow();
			assertEquals("OPS-1", loaded.getPrograms().get(0).getProjects().get(0).getCode(),
					"a root comes with everything it contains");
		}
	}

	@Test
	void additiveSchemaUpgradeKeepsExistingRows() {
		NotesPackage v1 = new NotesPackage(1);
		EObject note = v1.newNote();
		v1.set(note, "text", "written by version 1");
		ModelStore first = openStore(v1.contribution());
		try (StoreSession session = first.openSession("alee")) {
			session.save(note);
		}
		first.close();

		NotesPackage v2 = new NotesPackage(2);
		ModelStore second = openStore(v2.contribution());
		assertTrue(second.schema().contains(new SchemaInfo("http://example.org/notes", "notes", 2)));
		String id = (String) note.eGet(P.getEntity_Id());
		try (StoreSession session = second.openSession("alee")) {
			EObject loaded = session.load(v2.note, id);
			assertEquals("written by version 1", v2.get(loaded, "text"));
			assertNull(v2.get(loaded, "resolution"));
			v2.set(loaded, "resolution", "accepted");
			session.save(loaded);
		}
		try (StoreSession session = second.openSession("alee")) {
			assertEquals("accepted", v2.get(session.load(v2.note, id), "resolution"));
		}
	}

	@Test
	void olderInstallationRefusesANewerSchema() {
		ModelStore newer = openStore(new NotesPackage(2).contribution());
		newer.close();
		StoreException e = assertThrows(StoreException.class, () -> openStore(new NotesPackage(1).contribution()));
		assertEquals("The database holds http://example.org/notes at schema version 2, but this installation knows "
				+ "only version 1. Install the newer plugin, or use another database.", e.getMessage());
	}

	@Test
	void uninstalledPackageLeavesItsRowsForAReinstall() {
		NotesPackage notes = new NotesPackage(1);
		EObject note = notes.newNote();
		notes.set(note, "text", "kept");
		ModelStore withPlugin = openStore(notes.contribution());
		try (StoreSession session = withPlugin.openSession("alee")) {
			session.save(note);
		}
		withPlugin.close();
		openStore().close();
		ModelStore reinstalled = openStore(notes.contribution());
		try (StoreSession session = reinstalled.openSession("alee")) {
			assertEquals("kept", notes.get(session.load(notes.note, (String) note.eGet(P.getEntity_Id())), "text"));
		}
	}
}
