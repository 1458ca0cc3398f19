import { DOMAIN_MORPHEMES } from './domain-morphemes.ts';

/** Splits Dutch compound words into known parts. */
export interface CompoundSplitter {
  /**
   * The smallest known parts of `word` (lowercase, diacritics folded), e.g.
   * `jeugdhulpaanbieders` → [`jeugd`, `hulp`, `aanbieder`]; `[]` when it is no known compound.
   */
  split(word: string): readonly string[];
}

export interface CompoundSplitterOptions {
  /** Known words, e.g. the corpus vocabulary; the built-in domain morphemes are always added (and never split). */
  lexicon?: Iterable<string>;
  /** Words never used as a part, e.g. stop words (`over`, `voor`). */
  excludedParts?: ReadonlySet<string>;
  /** Minimum length of a part taken from `lexicon`; built-in morphemes may be shorter. Default 4. */
  minLexiconPartLength?: number;
}

interface Split {
  parts: string[];
  links: number;
  /** Sum of squared part lengths: higher means fewer, longer parts. */
  mass: number;
}

const MIN_PART_LENGTH = 3;
const MAX_WORD_LENGTH = 48;
const MAX_MEMO_SIZE = 200_000;
/** Linking morphemes between parts: `gezin-s-huis`, `gemeente-n-raad`, `pann-en-koek`. */
const LINKING_MORPHEMES = ['s', 'e', 'en', 'n'];
/** Inflection endings allowed after the last part: `aanbieder-s`, `wijkteam-s`, `traject-en`. */
const FINAL_INFLECTIONS = ['s', 'n', 'e', 'en'];
const NO_PARTS: readonly string[] = Object.freeze([]);
const ATOMIC_MORPHEMES: ReadonlySet<string> = new Set(DOMAIN_MORPHEMES);

/**
 * Creates a memoised splitter that prefers the split with the fewest parts (then the fewest
 * linking morphemes, then the longest parts), and splits each part further while it is itself
 * a known compound. Short and unknown words are left alone.
 */
export function createCompoundSplitter(options: CompoundSplitterOptions = {}): CompoundSplitter {
  const excluded = options.excludedParts ?? new Set<string>();
  const minLexiconPartLength = options.minLexiconPartLength ?? 4;
  const known = new Set<string>();
  for (const morpheme of DOMAIN_MORPHEMES) known.add(morpheme);
  for (const word of options.lexicon ?? []) {
    if (word.length >= minLexiconPartLength && !excluded.has(word) && /^\p{L}+$/u.test(word)) known.add(word);
  }
  const memo = new Map<string, readonly string[]>();

  function split(word: string): readonly string[] {
    const cached = memo.get(word);
    if (cached) return cached;
    const parts = computeLeafParts(word);
    if (memo.size >= MAX_MEMO_SIZE) memo.clear();
    memo.set(word, parts);
    return parts;
  }

  function computeLeafParts(word: string): readonly string[] {
    if (ATOMIC_MORPHEMES.has(word)) return NO_PARTS;
    if (word.length < 2 * MIN_PART_LENGTH || word.length > MAX_WORD_LENGTH || !/^\p{L}+$/u.test(word)) return NO_PARTS;
    const best = bestSplit(word);
    if (!best) return NO_PARTS;
    return best.parts.flatMap((part) => {
      const leaves = split(part);
      return leaves.length > 0 ? leaves : [part];
    });
  }

  function bestSplit(word: string): Split | undefined {
    const fromPosition = new Map<number, Split | null>();
    const solve = (start: number): Split | null => {
      const cached = fromPosition.get(start);
      if (cached !== undefined) return cached;
      let best: Split | null = null;
      for (let end = word.length; end >= start + MIN_PART_LENGTH; end--) {
        if (start === 0 && end === word.length) continue;
        const piece = word.slice(start, end);
        const candidates: Split[] = [];
        if (end === word.length) {
          const lastPart = knownFinalPart(piece);
          if (lastPart) candidates.push({ parts: [lastPart], links: 0, mass: lastPart.length ** 2 });
        } else if (known.has(piece)) {
          for (const link of ['', ...LINKING_MORPHEMES]) {
            if (link && !word.startsWith(link, end)) continue;
            const rest = solve(end + link.length);
            if (rest) {
              candidates.push({
                parts: [piece, ...rest.parts],
                links: rest.links + (link ? 1 : 0),
                mass: rest.mass + piece.length ** 2,
              });
            }
          }
        }
        for (const candidate of candidates) if (!best || isBetter(candidate, best)) best = candidate;
      }
      fromPosition.set(start, best);
      return best;
    };
    return solve(0) ?? undefined;
  }

  /** The last part as a known word, preferring its uninflected form (`aanbieders` → `aanbieder`). */
  function knownFinalPart(piece: string): string | undefined {
    for (const ending of FINAL_INFLECTIONS) {
      if (piece.length - ending.length < MIN_PART_LENGTH || !piece.endsWith(ending)) continue;
      const base = piece.slice(0, -ending.length);
      if (known.has(base)) return base;
    }
    return known.has(piece) ? piece : undefined;
  }

  return { split };
}

function isBetter(candidate: Split, best: Split): boolean {
  if (candidate.parts.length !== best.parts.length) return candidate.parts.length < best.parts.length;
  if (candidate.links !== best.links) return candidate.links < best.links;
  return candidate.mass > best.mass;
}
