package org.atrium.cli;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.atrium.core.Contributions;
import org.atrium.core.command.CommandContribution;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The verbs of every installed {@link CommandContribution}, the core's and the plugins', picked up as they arrive
 * and dropped as they leave. A command is obtained only when the verbs are looked up, so that a command such as
 * {@code help} can itself use this list.
 */
@Component(service = InstalledCommands.class)
public class InstalledCommands {

	private static final Pattern VERB = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final List<ComponentServiceObjects<CommandContribution>> registered = new CopyOnWriteArrayList<>();
	private final Map<ComponentServiceObjects<CommandContribution>, CommandContribution> obtained = new IdentityHashMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addCommand(ComponentServiceObjects<CommandContribution> command) {
		registered.add(command);
	}

	void removeCommand(ComponentServiceObjects<CommandContribution> command) {
		registered.remove(command);
		CommandContribution service;
		synchronized (obtained) {
			service = obtained.remove(command);
		}
		if (service != null) {
			try {
				command.ungetService(service);
			} catch (IllegalStateException | IllegalArgumentException alreadyGone) {
				// The providing bundle is stopping; its service is released with it.
			}
		}
	}

	/** The command for a verb, if one is installed. */
	public Optional<CommandContribution> find(String verb) {
		return Optional.ofNullable(byVerb().get(verb));
	}

	/**
	 * Every installed command by verb, in alphabetical order. A command whose name cannot be read, is not a valid
	 * verb or is taken by another command already is left out, and logged under its bundle's name.
	 */
	public SortedMap<String, CommandContribution> byVerb() {
		SortedMap<String, CommandContribution> commands = new TreeMap<>();
		for (ComponentServiceObjects<CommandContribution> objects : registered) {
			CommandContribution command = obtain(objects);
			if (command == null) {
				continue;
			}
			String verb = Contributions.call(command, "naming its command", command::name, "");
			if (!VERB.matcher(verb).matches()) {
				Contributions.report(command, "naming its command", new IllegalArgumentException("'" + verb
						+ "' is not a command name; use lower-case letters, digits and '-'"));
			} else if (commands.putIfAbsent(verb, command) != null) {
				Contributions.report(command, "naming its command", new IllegalArgumentException("the command '"
						+ verb + "' of " + Contributions.bundleName(commands.get(verb)) + " has that name already"));
			}
		}
		return commands;
	}

	private CommandContribution obtain(ComponentServiceObjects<CommandContribution> objects) {
		synchronized (obtained) {
			CommandContribution command = obtained.get(objects);
			if (command == null && registered.contains(objects)) {
				try {
					command = objects.getService();
				} catch (IllegalStateException leaving) {
					return null;
				}
				if (command != null) {
					obtained.put(objects, command);
				}
			}
			return command;
		}
	}
}
