import type { LoadResult } from './run-load.ts';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The load results side by side, each with its share of the echo floor's throughput. */
export function loadTable(results: LoadResult[], floor: LoadResult): string {
  const header = ['scenario', 'req/s', 'of echo', 'p50', 'p95', 'p99', 'max', 'requests', 'errors', 'non-2xx', 'wrong replies'];
  const rows = results.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(0),
    percent(r.requestsPerSecond / floor.requestsPerSecond),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    ms(r.max),
    String(r.requests),
    String(r.errors),
    String(r.non2xx),
    String(r.wrongReplies),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A target with its verdict, e.g. `✓ knowledge ≥ 25 % of echo (31.2 %)`. */
export function verdict(met: boolean, target: string, actual: string): string {
  return `${met ? '✓' : '✗'} ${target} (${actual})`;
}

export { ms, percent };
