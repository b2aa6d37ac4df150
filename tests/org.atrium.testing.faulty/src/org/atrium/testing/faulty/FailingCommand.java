package org.atrium.testing.faulty;

import java.util.List;

import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** The verb {@code explode}, which always fails. */
@Component(service = CommandContribution.class)
public class FailingCommand implements CommandContribution {

	public static final String VERB = "explode";

	@Override
	public String name() {
		return VERB;
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("[--now]", "fails on purpose"));
	}

	@Override
	public int run(CommandContext context) {
		throw FaultyPlugin.failure();
	}
}
