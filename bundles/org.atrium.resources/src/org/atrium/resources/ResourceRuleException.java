package org.atrium.resources;

import java.util.List;

import org.atrium.core.store.StoreException;

/** Time or a plan that breaks the rules; nothing was saved. The message lists every problem. */
public class ResourceRuleException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public ResourceRuleException(List<String> problems) {
		super(String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
