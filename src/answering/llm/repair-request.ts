import type { GroundingProblem } from './grounding-guard.ts';
import type { LoadedPrompt } from './load-prompt.ts';
import { renderPrompt } from './render-prompt.ts';
import type { TurnSource } from './turn-sources.ts';

/** The one repair request after a rejected answer: what was wrong, and which sources may be cited. */
export function repairRequest(options: { prompt: LoadedPrompt; problems: readonly GroundingProblem[]; sources: readonly TurnSource[] }): string {
  const problems = options.problems.map((problem) => `- ${describeProblem(problem)}`).join('\n');
  const sources =
    options.sources.length > 0
      ? options.sources.map((source) => `- [${source.n}] ${source.citation.title}`).join('\n')
      : '- (geen: je hebt in deze beurt nog geen bronnen opgehaald)';
  return renderPrompt({ prompt: options.prompt, variables: { problemen: problems, bronnen: sources } });
}

function describeProblem(problem: GroundingProblem): string {
  switch (problem.kind) {
    case 'unknown-citation':
      return `Je antwoord noemde [${problem.n}], maar die bron bestaat niet in deze beurt.`;
    case 'unsupported-number':
      return `Het getal ${problem.number} staat in geen enkele bron en niet in de vraag.`;
    case 'uncited-number':
      return `Het getal ${problem.number} staat in ${problem.sources.map((n) => `[${n}]`).join(', ')}, maar die bron citeer je niet.`;
    case 'no-citations':
      return 'Je antwoord bevat beweringen zonder bronverwijzing [n].';
  }
}
