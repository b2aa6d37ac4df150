package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.demo.Vocabulary.PortfolioTheme;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;

/**
 * The portfolio tree: portfolios, programs spread round-robin over them and projects spread round-robin over the
 * programs, each named after its portfolio's theme and scheduled.
 */
record ScopeTree(List<Portfolio> portfolios, List<ProjectPlan> projects) {

	static ScopeTree grow(GenerationContext context) {
		OfficeScale scale = context.scale();
		UniqueNames names = UniqueNames.qualified();

		List<Portfolio> portfolios = new ArrayList<>(scale.portfolios());
		for (int index = 0; index < scale.portfolios(); index++) {
			PortfolioTheme theme = themeOf(index);
			Portfolio portfolio = context.create(PMO::createPortfolio);
			portfolio.setName(names.claim(theme.name()));
			portfolio.setDescription(theme.description());
			portfolios.add(portfolio);
		}

		List<Program> programs = new ArrayList<>(scale.programs());
		for (int index = 0; index < scale.programs(); index++) {
			int portfolioIndex = index % scale.portfolios();
			List<String> programNames = themeOf(portfolioIndex).programs();
			Program program = context.create(PMO::createProgram);
			program.setName(names.claim(programNames.get(index / scale.portfolios() % programNames.size())));
			program.setDescription(context.dice().pick(Vocabulary.OBJECTIVES));
			portfolios.get(portfolioIndex).getPrograms().add(program);
			programs.add(program);
		}

		Map<String, Integer> lastCodeNumbers = new HashMap<>();
		List<ProjectPlan> projects = new ArrayList<>(scale.projects());
		for (int index = 0; index < scale.projects(); index++) {
			int programIndex = index % scale.programs();
			PortfolioTheme theme = themeOf(programIndex % scale.portfolios());
			Program program = programs.get(programIndex);
			Project project = context.create(PMO::createProject);
			project.setName(names.claim(context.dice().pick(theme.subjects()) + " "
					+ context.dice().pick(Vocabulary.PROJECT_ACTIONS)));
			int codeNumber = lastCodeNumbers.merge(theme.codePrefix(), 1, Integer::sum);
			project.setCode(String.format("%s-%03d", theme.codePrefix(), codeNumber));
			project.setDescription(context.dice().pick(Vocabulary.OBJECTIVES) + " Part of the " + program.getName()
					+ " program.");
			program.getProjects().add(project);
			ProjectProfile profile = ProjectProfile.draw(context);
			profile.applyTo(project);
			projects.add(new ProjectPlan(project, profile));
		}
		return new ScopeTree(portfolios, projects);
	}

	private static PortfolioTheme themeOf(int portfolioIndex) {
		return Vocabulary.PORTFOLIOS.get(portfolioIndex % Vocabulary.PORTFOLIOS.size());
	}
}
