/**
 * Generates gemeenten.json (current gemeenten) and former-gemeenten.json (dissolved since 2015) from
 * recorded CBS 03759ned responses.
 * Usage: npx tsx src/lib/gemeenten/build-gazetteer.ts [recordedFolder] [outputFile]
 * Defaults: test/fixtures/cbs/03759ned and src/lib/gemeenten/gemeenten.json (former-gemeenten.json next to it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFormerGemeenteRecords, buildGazetteerRecords, type BuiltGazetteer, type RegionCode, type RegionObservation } from './gazetteer-builder.ts';
import type { FormerGemeente } from './gemeente.ts';

interface ODataPage<Row> {
  value: Row[];
}

interface RecordingIndex {
  observationPages?: string[];
}

/** Reads the recorded code list and all observation pages from `folder` and builds the records. */
export async function buildGazetteerFromFolder({ folder }: { folder: string }): Promise<BuiltGazetteer & { former: FormerGemeente[] }> {
  const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(folder, file), 'utf8')) as T;
  const index = await readJson<RecordingIndex>('index.json');
  const regionCodes = (await readJson<ODataPage<RegionCode>>('codes-RegioS.json')).value;
  const observations: RegionObservation[] = [];
  for (const page of index.observationPages ?? ['observations-page-1.json']) {
    observations.push(...(await readJson<ODataPage<RegionObservation>>(page)).value);
  }
  const built = buildGazetteerRecords({ regionCodes, observations });
  return { ...built, former: buildFormerGemeenteRecords({ regionCodes, current: built.records }) };
}

/** One record per line: small diffs when CBS changes a gemeente. */
export function serializeRecords({ records }: { records: readonly object[] }): string {
  return `[\n${records.map((record) => `  ${JSON.stringify(record)}`).join(',\n')}\n]\n`;
}

async function main(): Promise<void> {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const folder = resolve(process.argv[2] ?? join(here, '../../../test/fixtures/cbs/03759ned'));
  const output = resolve(process.argv[3] ?? join(here, 'gemeenten.json'));
  const built = await buildGazetteerFromFolder({ folder });
  for (const warning of built.warnings) console.warn(`warning: ${warning}`);
  await writeFile(output, serializeRecords({ records: built.records }), 'utf8');
  const formerOutput = join(dirname(output), 'former-gemeenten.json');
  await writeFile(formerOutput, serializeRecords({ records: built.former }), 'utf8');
  console.log(`${built.records.length} gemeenten (period ${built.latestPeriod}) written to ${output}, ${built.former.length} former ones to ${formerOutput}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
