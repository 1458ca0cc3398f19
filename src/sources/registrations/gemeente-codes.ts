import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Decides whether a well-formed code ('GM0405') is a known gemeente. Injectable for tests. */
export type GemeenteCodeValidator = (code: string) => boolean;

export const GEMEENTE_CODE_PATTERN = /^GM\d{4}$/;

export interface GemeenteGazetteer {
  names: ReadonlyMap<string, string>;
  /** Where it was read from, or null when only the GMxxxx format can be checked. */
  filePath: string | null;
}

const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../../lib/gemeenten/gemeenten.json', import.meta.url));

let cached: GemeenteGazetteer | undefined;

/**
 * Reads the gazetteer (`src/lib/gemeenten/gemeenten.json`, entries `{ code, name }`) when it is
 * there; an absent or unreadable file yields an empty gazetteer, so only the format is checked.
 */
export function loadGemeenteGazetteer({ filePath = DEFAULT_GAZETTEER_PATH }: { filePath?: string } = {}): GemeenteGazetteer {
  if (filePath === DEFAULT_GAZETTEER_PATH && cached) return cached;
  const gazetteer = readGazetteer(filePath);
  if (filePath === DEFAULT_GAZETTEER_PATH && gazetteer.filePath !== null) cached = gazetteer;
  return gazetteer;
}

function readGazetteer(filePath: string): GemeenteGazetteer {
  const empty: GemeenteGazetteer = { names: new Map(), filePath: null };
  if (!existsSync(filePath)) return empty;
  try {
    const parsed: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
    const list = Array.isArray(parsed) ? parsed : entriesOf(parsed);
    const names = new Map<string, string>();
    for (const entry of list) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { code, name } = entry as { code?: unknown; name?: unknown };
      if (typeof code === 'string' && GEMEENTE_CODE_PATTERN.test(code.trim())) {
        names.set(code.trim(), typeof name === 'string' ? name : code.trim());
      }
    }
    return names.size > 0 ? { names, filePath } : empty;
  } catch {
    return empty;
  }
}

function entriesOf(parsed: unknown): unknown[] {
  if (typeof parsed !== 'object' || parsed === null) return [];
  const list = (parsed as { gemeenten?: unknown }).gemeenten;
  return Array.isArray(list) ? list : [];
}

/** Known codes from the gazetteer when present; otherwise every well-formed GMxxxx code. */
export function defaultGemeenteCodeValidator(): GemeenteCodeValidator {
  const { names } = loadGemeenteGazetteer();
  if (names.size === 0) return (code) => GEMEENTE_CODE_PATTERN.test(code);
  return (code) => names.has(code);
}

/** "Hoorn (GM0405)" when the name is known, else the code. */
export function gemeenteLabel(code: string): string {
  const name = loadGemeenteGazetteer().names.get(code);
  return name ? `${name} (${code})` : code;
}
