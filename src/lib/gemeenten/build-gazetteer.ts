/**
 * Generates gemeenten.json from recorded CBS 03759ned responses.
 * Usage: npx tsx src/lib/gemeenten/build-gazetteer.ts [recordedFolder] [outputFile]
 * Defaults: test/fixtures/cbs/03759ned and src/lib/gemeenten/gemeenten.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildGazetteerRecords, type BuiltGazetteer, type RegionCode, type RegionObservation } from './gazetteer-builder.ts';

interface ODataPage<Row> {
  value: Row[];
}

interface RecordingIndex {
  observationPages?: string[];
}

/** Reads the recorded code list and all observation pages from `folder` and builds the records. */
export async function buildGazetteerFromFolder({ folder }: { folder: string }): Promise<BuiltGazetteer> {
  const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(folder, file), 'utf8')) as T;
  const index = await readJson<RecordingIndex>('index.json');
  const regionCodes = (await readJson<ODataPage<RegionCode>>('codes-RegioS.json')).value;
  const observations: RegionObservation[] = [];
  for (const page of index.observationPages ?? ['observations-page-1.json']) {
    observations.push(...(await readJson<ODataPage<RegionObservation>>(page)).value);
  }
  return buildGazetteerRecords({ regionCodes, observations });
}

/** One record per line: small diffs when CBS changes a gemeente. */
export function serializeRecords({ records }: { records: BuiltGazetteer['records'] }): string {
  return `[\n${records.map((record) => `  ${JSON.stringify(record)}`).join(',\n')}\n]\n`;
}

async function main(): Promise<void> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const folder = resolve(process.argv[2] ?? join(here, '../../../test/fixtures/cbs/03759ned'));
  const output = resolve(process.argv[3] ?? join(here, 'gemeenten.json'));
  const built = await buildGazetteerFromFolder({ folder });
  for (const warning of built.warnings) console.warn(`warning: ${warning}`);
  await writeFile(output, serializeRecords({ records: built.records }), 'utf8');
  console.log(`${built.records.length} gemeenten (period ${built.latestPeriod}) written to ${output}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
