/**
 * The `limit` best documents among `candidates` (document numbers), best first: highest
 * `scores[doc]`, ties broken by `tieBreak` ascending. A bounded min-heap of document numbers
 * keeps selection at O(n log limit) without allocating per candidate.
 */
export function topScored(options: {
  candidates: readonly number[];
  scores: Float64Array;
  limit: number;
  accept?: (doc: number) => boolean;
  tieBreak: (a: number, b: number) => number;
}): number[] {
  const { candidates, scores, limit, accept, tieBreak } = options;
  if (limit <= 0) return [];
  // `worse(a, b)`: document a ranks below document b.
  const worse = (a: number, b: number): boolean =>
    scores[a]! < scores[b]! || (scores[a] === scores[b] && tieBreak(a, b) > 0);
  const heap: number[] = [];
  for (const doc of candidates) {
    if (heap.length < limit) {
      if (accept && !accept(doc)) continue;
      heap.push(doc);
      siftUp(heap, heap.length - 1, worse);
    } else if (worse(heap[0]!, doc) && (!accept || accept(doc))) {
      heap[0] = doc;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

function siftUp(heap: number[], index: number, worse: (a: number, b: number) => boolean): void {
  let child = index;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    if (!worse(heap[child]!, heap[parent]!)) return;
    [heap[child], heap[parent]] = [heap[parent]!, heap[child]!];
    child = parent;
  }
}

function siftDown(heap: number[], index: number, worse: (a: number, b: number) => boolean): void {
  let parent = index;
  for (;;) {
    const left = 2 * parent + 1;
    const right = left + 1;
    let worst = parent;
    if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
    if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
    if (worst === parent) return;
    [heap[worst], heap[parent]] = [heap[parent]!, heap[worst]!];
    parent = worst;
  }
}
