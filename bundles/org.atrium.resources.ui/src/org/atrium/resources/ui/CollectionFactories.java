package org.atrium.resources.ui;

import java.net.URL;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * NatTable works with Eclipse Collections, whose API finds its factories (Sets, Lists, Maps and the primitive ones)
 * with {@link java.util.ServiceLoader} when a factory class is first used. In OSGi the services of the
 * implementation bundle are not visible to the API bundle; without this, NatTable paints nothing and only logs
 * "Could not find any implementations of MutableSetFactory". So the factory classes are initialised once, with the
 * implementation bundle's class loader as the thread's context class loader, which ServiceLoader then searches.
 */
final class CollectionFactories {

	private static final String API = "org.eclipse.collections.api";
	private static final String IMPLEMENTATION = "org.eclipse.collections.impl";
	private static boolean ready;

	private CollectionFactories() {
	}

	static synchronized void ensureLoaded() {
		Bundle self = FrameworkUtil.getBundle(CollectionFactories.class);
		if (ready || self == null) {
			return;
		}
		Bundle api = find(self, API);
		Bundle implementation = find(self, IMPLEMENTATION);
		if (api == null || implementation == null) {
			return;
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(implementation.adapt(BundleWiring.class).getClassLoader());
		try {
			Enumeration<URL> classes = api.findEntries("org/eclipse/collections/api/factory", "*.class", true);
			while (classes != null && classes.hasMoreElements()) {
				String path = classes.nextElement().getPath();
				if (!path.contains("$")) {
					String name = path.substring(path.indexOf("org/"), path.length() - ".class".length()).replace('/', '.');
					try {
						Class.forName(name, true, api.adapt(BundleWiring.class).getClassLoader());
					} catch (ClassNotFoundException | LinkageError e) {
						// not a factory of this version; the others are loaded all the same
					}
				}
			}
			ready = true;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static Bundle find(Bundle self, String symbolicName) {
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		return null;
	}
}
