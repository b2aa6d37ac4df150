package org.atrium.core.store.internal;

import org.atrium.core.store.Ids;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Holds the root objects a session has loaded. References to objects not yet loaded are proxies
 * whose fragment is {@code <class key>:<id>}; resolving one loads the object from the store.
 */
final class StoreResource extends ResourceImpl {

	private final DefaultSession session;

	StoreResource(DefaultSession session) {
		super(URI.createURI("atrium:/session/" + Integer.toHexString(System.identityHashCode(session))));
		this.session = session;
	}

	@Override
	public EObject getEObject(String fragment) {
		int split = fragment.lastIndexOf(':');
		if (split < 0) {
			return null;
		}
		return session.resolve(fragment.substring(0, split), fragment.substring(split + 1));
	}

	@Override
	public String getURIFragment(EObject eObject) {
		return session.key(eObject) + ":" + Ids.of(eObject);
	}

	DefaultSession session() {
		return session;
	}

	URI proxyUri(String key, String id) {
		return getURI().appendFragment(key + ":" + id);
	}
}
