import { resolveGemeente } from '../../lib/gemeenten/index.ts';

/** OWN_GEMEENTE as given (a code such as GM0202 or a name such as Arnhem) → a gemeentecode, or what is wrong with it. */
export function resolveOwnGemeente(value: string): { kind: 'code'; code: string } | { kind: 'problem'; message: string } {
  const resolved = resolveGemeente({ name: value.trim() });
  if (resolved.kind === 'exact') return { kind: 'code', code: resolved.gemeente.code };
  const hint = resolved.kind === 'notFound' ? '' : ` ${resolved.message}`;
  return {
    kind: 'problem',
    message: `OWN_GEMEENTE: "${value}" is geen (eenduidige) gemeente; geef een CBS-gemeentecode zoals GM0202 of een gemeentenaam zoals Arnhem.${hint} / not a (unique) gemeente: give a code such as GM0202 or a name`,
  };
}
