import type { Language } from '../../assistant/index.ts';
import { gemeenteLabel, loadGemeenteGazetteer } from '../../sources/registrations/index.ts';
import type { RegistrationProfile } from './registration-profile.ts';
import { inLanguage } from '../../lib/index.ts';

/** "Arnhem" for GM0202; the code when the gazetteer does not know it. */
export function gemeenteName(code: string): string {
  return loadGemeenteGazetteer().names.get(code) ?? code;
}

/** "Arnhem (GM0202), Renkum (GM0274) en Rheden (GM0275)". */
export function listGemeenten(codes: readonly string[], language: Language): string {
  const labels = codes.map(gemeenteLabel);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${inLanguage({ nl: 'en', en: 'and' }, language)} ${labels.at(-1)}`;
}

/** The sentence that says what the registration covers, for answers about gemeenten outside it. */
export function registrationCoverage(profile: RegistrationProfile, language: Language): string {
  const codes = profile.gemeenteCodes;
  if (codes.length === 0) return inLanguage({ nl: 'Er is nog geen eigen registratie geïmporteerd.', en: 'No registration of your own has been imported yet.' }, language);
  const sample = profile.isSample ? inLanguage({ nl: ' (voorbeelddata)', en: ' (sample data)' }, language) : '';
  return inLanguage({
    nl: `Uw eigen registratie${sample} bevat toewijzingen van ${codes.length === 1 ? 'één gemeente' : `${codes.length} gemeenten`}: ${listGemeenten(codes, language)}.`,
    en: `Your own registration${sample} holds allocations of ${codes.length === 1 ? 'one municipality' : `${codes.length} municipalities`}: ${listGemeenten(codes, language)}.`,
  }, language);
}
