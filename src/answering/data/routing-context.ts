import type { Language } from '../../assistant/index.ts';
import type { IndicatorCatalogue } from '../../sources/cbs/index.ts';
import { asksForKnowledge, asksForNation, plainText } from './question-cues.ts';
import type { RegistrationProfile } from './registration-profile.ts';
import { resolveGemeenteMentions, type GemeenteMentions } from './resolve-gemeente-mentions.ts';

/** What every tool's routing rules read: the question and what is worked out from it once for all of them. */
export interface RoutingContext {
  question: string;
  /** The question in plain text (lower case, no diacritics, single spaces, trimmed). */
  plain: string;
  language: Language;
  today: Date;
  catalogue: IndicatorCatalogue;
  /** The registration's gemeenten and span; without it only "we"/"onze" questions reach the registration. */
  registration?: RegistrationProfile;
  /** The question reads like a knowledge or advice question ("hoe heeft", "waarom", "volgens"). */
  readsAsKnowledge: boolean;
  /** The figure is asked for the whole country ("Hoeveel inwoners heeft Nederland?"), and nothing else makes it a knowledge question. */
  asksNationalFigure: boolean;
  /** The gemeenten the question names, resolved on first use and then shared by every route. */
  gemeenteMentions(): GemeenteMentions;
}

export function createRoutingContext(options: {
  question: string;
  language: Language;
  today: Date;
  catalogue: IndicatorCatalogue;
  registration?: RegistrationProfile;
}): RoutingContext {
  const plain = plainText(options.question).trim();
  let mentions: GemeenteMentions | undefined;
  return {
    ...options,
    plain,
    readsAsKnowledge: asksForKnowledge.test(plain),
    asksNationalFigure: asksForNation.test(plain) && !asksForKnowledge.test(plain.replace(new RegExp(asksForNation.source, 'g'), ' ')),
    gemeenteMentions: () => (mentions ??= resolveGemeenteMentions({ question: options.question, language: options.language })),
  };
}
