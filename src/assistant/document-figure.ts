import { findGemeenten } from '../lib/gemeenten/index.ts';
import type { Retriever } from '../sources/knowledge/index.ts';
import type { RetrievalFilter } from '../sources/knowledge/index.ts';
import type { Citation, Language } from './answer.ts';
import type { AnswerComposer, ComposedAnswer } from './ports.ts';

const PASSAGES_FOR_A_FIGURE = 8;

/**
 * When a data tool could not give a figure, a document may: "How many children in The Hague receive
 * youth care?" with CBS unreachable, while a case study says 15.000. Returns the document's figure,
 * cited, or undefined when no passage gives a number for the question.
 */
export async function figureFromDocuments(options: {
  question: string;
  language: Language;
  filter?: RetrievalFilter;
  retriever: Retriever;
  composer: AnswerComposer;
}): Promise<ComposedAnswer | undefined> {
  const { question, language, filter, retriever, composer } = options;
  const passages = await retriever.retrieve({ query: withDutchGemeenteNames(question), filter, limit: PASSAGES_FOR_A_FIGURE });
  const composed = composer.compose({ question, language, passages, figuresOnly: true });
  return composed.abstained ? undefined : composed;
}

/**
 * The question with the Dutch names of the gemeenten it names: documents say "Den Haag" where an
 * English question says "The Hague", and a figure is only any good for the gemeente asked about.
 */
function withDutchGemeenteNames(question: string): string {
  const names = findGemeenten({ text: question })
    .filter((mention) => mention.refersTo === 'gemeente')
    .flatMap((mention) => mention.gemeenten.flatMap((gemeente) => [gemeente.name, ...gemeente.aliases]))
    .filter((name) => !question.includes(name));
  return names.length === 0 ? question : `${question} ${[...new Set(names)].join(' ')}`;
}

/** The label above a document's figure: where it comes from and how old it is, and that it is no live figure. */
export function documentFigureLabel(citations: readonly Citation[], language: Language): string {
  const sources = citations.map((c) => `[${c.n}] ${c.title}${c.date ? ` (${c.date})` : ''}`).join('; ');
  return language === 'nl'
    ? `**Uit de documenten, geen actueel cijfer.** Dit getal staat in ${sources}: het is de stand van dat document, geen actuele telling.`
    : `**From the documents, not a live figure.** This number is from ${sources}: it is as of that document, not a current count.`;
}
