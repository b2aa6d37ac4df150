package org.atrium.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.store.internal.DefaultModelStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Opens stores that persist every {@link ModelContribution} registered as a service. A contribution
 * that arrives later is mapped into the stores already open; one that leaves keeps its tables. Every
 * transaction passes the {@link WriteGuard} service.
 */
@Component(service = ModelStoreFactory.class)
public class ModelStoreFactory {

	private final List<ModelContribution> contributions = new CopyOnWriteArrayList<>();
	private final List<DefaultModelStore> openStores = new CopyOnWriteArrayList<>();
	private WriteGuard guard;

	@Reference
	void setGuard(WriteGuard guard) {
		this.guard = guard;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(ModelContribution contribution) {
		contributions.add(contribution);
		for (DefaultModelStore store : openStores) {
			store.register(contribution);
		}
	}

	public void removeContribution(ModelContribution contribution) {
		contributions.remove(contribution);
	}

	/** Opens the store with the contributions known now and later. */
	public ModelStore open(StoreConfig config) {
		DefaultModelStore store = DefaultModelStore.open(config, new ArrayList<>(contributions), guard);
		openStores.add(store);
		return new ClosingStore(store, () -> openStores.remove(store));
	}

	/** Opens a store outside OSGi, or for a fixed set of packages, whose writes pass the guard. */
	public static ModelStore open(StoreConfig config, List<ModelContribution> contributions, WriteGuard guard) {
		return DefaultModelStore.open(config, contributions, guard);
	}

	/** Opens a store with no write guard: for the store's own tests, tools and benchmarks. */
	public static ModelStore open(StoreConfig config, List<ModelContribution> contributions) {
		return open(config, contributions, WriteGuard.NONE);
	}

	private record ClosingStore(DefaultModelStore store, Runnable onClose) implements ModelStore {

		@Override
		public StoreSession openSession(String user) {
			return store.openSession(user);
		}

		@Override
		public String description() {
			return store.description();
		}

		@Override
		public List<SchemaInfo> schema() {
			return store.schema();
		}

		@Override
		public List<AuditEntry> auditLog(AuditQuery query) {
			return store.auditLog(query);
		}

		@Override
		public java.util.Optional<String> signedInPerson() {
			return store.signedInPerson();
		}

		@Override
		public void addChangeListener(StoreChangeListener listener) {
			store.addChangeListener(listener);
		}

		@Override
		public void removeChangeListener(StoreChangeListener listener) {
			store.removeChangeListener(listener);
		}

		@Override
		public void close() {
			onClose.run();
			store.close();
		}
	}
}
