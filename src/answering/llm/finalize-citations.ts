import type { Citation } from '../../assistant/index.ts';
import { rewriteCitationMarkers } from './citation-markers.ts';
import type { TurnSource } from './turn-sources.ts';

/**
 * Keeps only the sources the answer cites, renumbered 1..k in order of first use, and rewrites
 * the `[n]` markers to match. `cited` is the order of first use (from the grounding check).
 */
export function finalizeCitations(options: { answer: string; cited: readonly number[]; sources: readonly TurnSource[] }): { answer: string; citations: Citation[] } {
  const renumbered = new Map(options.cited.map((n, index) => [n, index + 1]));
  const citations = options.cited.map((n, index) => {
    const source = options.sources.find((candidate) => candidate.n === n);
    if (!source) throw new Error(`Bron [${n}] bestaat niet; de grounding-controle had dit moeten weigeren`);
    return { ...source.citation, n: index + 1 };
  });
  const answer = rewriteCitationMarkers({ text: options.answer, renumber: (n) => renumbered.get(n) ?? n });
  return { answer, citations };
}
