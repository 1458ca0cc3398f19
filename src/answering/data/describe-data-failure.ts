import type { Language } from '../../assistant/index.ts';
import { CbsUnavailableError } from '../../sources/cbs/index.ts';
import { IndicatorNotFoundError } from '../../sources/cbs/index.ts';
import { InvalidInputError } from '../../lib/input/index.ts';
import { RegistrationQueryError } from '../../sources/registrations/index.ts';
import { inLanguage } from '../../lib/index.ts';

export interface DataFailure {
  /** Polite, user-facing text without internals. */
  message: string;
  /** What is recorded as the tool call's output. */
  output: { error: string; reason?: string };
}

/**
 * Expected failures of the data tools as a clear answer: CBS unreachable without a cached copy,
 * an unknown indicator, a registration that cannot answer, input a calculator cannot use.
 * Anything else returns undefined: the caller rethrows it (a bug should not look like an answer).
 */
export function describeDataFailure({ error, language }: { error: unknown; language: Language }): DataFailure | undefined {
  if (CbsUnavailableError.isInstance(error)) {
    return { message: inLanguage({ nl: error.message, en: error.messageEn }, language), output: { error: error.name, reason: error.reason } };
  }
  if (IndicatorNotFoundError.isInstance(error)) {
    return {
      message: inLanguage({
        nl: `Dat cijfer heb ik niet in mijn lijst met CBS-indicatoren. ${error.message}`,
        en: `That figure is not in my list of CBS indicators (${error.requested}).`,
      }, language),
      output: { error: error.name, reason: error.reason },
    };
  }
  if (RegistrationQueryError.isInstance(error)) {
    const english = {
      'no-data': 'No own registration (toewijzingen) has been imported yet, so there is no figure to give.',
      'unknown-gemeente': 'That municipality does not occur in the own registration.',
      'invalid-input': `The question to the registration is not valid: ${error.issues.join('; ')}.`,
    } as const;
    return { message: inLanguage({ nl: error.message, en: english[error.reason] }, language), output: { error: error.name, reason: error.reason } };
  }
  if (InvalidInputError.isInstance(error)) {
    const issues = error.issues.map((issue) => `- ${pickLanguage(issue.message, language)}`);
    return {
      message: [inLanguage({ nl: 'Met deze gegevens kan ik de vraag niet beantwoorden:', en: 'I cannot answer the question with these figures:' }, language), ...issues].join('\n'),
      output: { error: error.name, reason: 'invalid-input' },
    };
  }
  return undefined;
}

/** Calculator messages are "Dutch / English". */
function pickLanguage(message: string, language: Language): string {
  const [nl, en] = message.split(' / ');
  return inLanguage({ nl, en }, language) ?? message;
}
