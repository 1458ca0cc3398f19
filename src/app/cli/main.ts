import path from 'node:path';
import { parseArgs } from 'node:util';
import 'dotenv/config';
import { loadAppConfig } from '../config/index.ts';
import { createStelselwijzer } from '../index.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../../sources/knowledge/index.ts';
import { createEmbedder } from '../../sources/knowledge/index.ts';
import { indexExists } from '../../sources/knowledge/index.ts';
import { UserFacingError } from '../../lib/errors/index.ts';
import { createLogger } from '../../lib/logging/index.ts';
import { runAskCommand } from './ask-command.ts';
import { CliUsageError } from './cli-error.ts';
import { runImportRegistrationsCommand } from './import-registrations-command.ts';
import { runIngestCommand } from './ingest-command.ts';
import { runToolCommand } from './tool-command.ts';
import { USAGE } from './usage.ts';

const write = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      index: { type: 'string' },
      json: { type: 'boolean', default: false },
      batch: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      type: { type: 'string', multiple: true },
      gemeente: { type: 'string', multiple: true },
      input: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadAppConfig(process.env, { defaultLogLevel: 'warn' });
  const indexDir = values.index ? path.resolve(values.index) : undefined;
  switch (command) {
    case 'ingest': {
      const sourceDir = rest[0];
      if (!sourceDir) throw new CliUsageError('Geef een map: ingest <map> [--index <map>]');
      await runIngestCommand({ sourceDir: path.resolve(sourceDir), indexDir: indexDir ?? config.indexDir, embedder: await createEmbedder(config), rebuild: values.rebuild, write });
      return 0;
    }
    case 'ask': {
      if (indexDir && !indexExists(indexDir)) throw new CliUsageError(`Geen index in ${indexDir}. Bouw er een met: ingest <map> --index ${indexDir}`);
      const logger = createLogger({ level: config.logLevel });
      const { assistant } = await createStelselwijzer({ config, logger, indexDir });
      const filter = values.type || values.gemeente ? { types: parseDocumentTypes(values.type), gemeenten: values.gemeente } : undefined;
      await runAskCommand({ assistant, question: rest.join(' '), batchFile: values.batch, json: values.json, filter, write });
      return 0;
    }
    case 'tool': {
      await runToolCommand({ name: rest[0], input: values.input, dataDir: config.dataDir, registrations: config.registrations, cbs: config.cbs, write });
      return 0;
    }
    case 'import-registrations': {
      const file = rest[0];
      if (!file) throw new CliUsageError('Geef een CSV-bestand: import-registrations <bestand.csv>');
      const report = await runImportRegistrationsCommand({ file: path.resolve(file), registrations: config.registrations, write });
      // A rejected file is the user's to fix, like any RegistrationImportError: exit code 2.
      return report.status === 'rejected' ? 2 : 0;
    }
    default:
      throw new CliUsageError(`Onbekend commando: ${command}\n\n${USAGE}`);
  }
}

function parseDocumentTypes(values: string[] | undefined): DocumentType[] | undefined {
  if (!values) return undefined;
  const unknown = values.filter((value) => !(DOCUMENT_TYPES as readonly string[]).includes(value));
  if (unknown.length > 0) throw new CliUsageError(`Onbekend documenttype: ${unknown.join(', ')} (kies uit ${DOCUMENT_TYPES.join(', ')})`);
  return values as DocumentType[];
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A wrong call, setting or index, or a tool that refused its input: the message says what to do.
    if (UserFacingError.isUserFacing(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`Er ging iets mis: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
