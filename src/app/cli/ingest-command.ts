import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Embedder } from '../../sources/knowledge/index.ts';
import { ingestDirectory, type IngestReport } from '../../sources/knowledge/index.ts';

/** `ingest`: builds or updates an index, with a progress bar on stderr for long runs. */
export async function runIngestCommand(options: {
  sourceDir: string;
  indexDir: string;
  embedder: Embedder;
  rebuild: boolean;
  write: (text: string) => void;
}): Promise<IngestReport> {
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'Inlezen [{bar}] {value}/{total} {source}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  let started = false;
  const report = await ingestDirectory({
    sourceDir: options.sourceDir,
    indexDir: options.indexDir,
    embedder: options.embedder,
    rebuild: options.rebuild,
    onProgress: ({ done, total, source }) => {
      if (!bar) return;
      if (!started) {
        bar.start(total, 0, { source: '' });
        started = true;
      }
      bar.update(done, { source: path.basename(source) });
    },
  });
  bar?.stop();
  options.write(summarise(report));
  return report;
}

function summarise(report: IngestReport): string {
  const lines = [
    `Index: ${report.indexDir}`,
    `${report.documents} documenten, ${report.chunks} passages (${report.durationMs} ms)`,
    `nieuw ${report.added.length}, gewijzigd ${report.updated.length}, ongewijzigd ${report.unchanged.length}, verwijderd ${report.removed.length}, overgeslagen ${report.skipped.length}`,
  ];
  for (const skipped of report.skipped) lines.push(`  overgeslagen (formaat niet ondersteund): ${skipped}`);
  for (const failure of report.failed) lines.push(`  FOUT: ${failure.message}`);
  return lines.join('\n');
}
