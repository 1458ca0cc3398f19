import type { CbsBaseUrls } from '../../sources/cbs/index.ts';
import type { RegistrationLocation } from '../../sources/registrations/index.ts';
import { ASSISTANT_TOOL_NAMES, isAssistantToolName } from '../../answering/data/index.ts';
import { openAssistantTools } from '../../answering/data/index.ts';
import { CliUsageError } from './cli-error.ts';

/** `tool <name> --input '<json>'`: runs one assistant tool directly and prints its JSON output. */
export async function runToolCommand(options: {
  name: string | undefined;
  input: string | undefined;
  dataDir: string;
  /** The registration store the bot reads (REGISTRATIONS_FILE or DATA_DIR/registrations.sqlite). */
  registrations: RegistrationLocation;
  cbs: CbsBaseUrls;
  write: (text: string) => void;
}): Promise<void> {
  const { name } = options;
  if (!name || !isAssistantToolName(name)) {
    throw new CliUsageError(`Geef een tool: tool <naam> --input '<json>' (kies uit ${ASSISTANT_TOOL_NAMES.join(', ')})`);
  }
  let input: unknown;
  try {
    input = JSON.parse(options.input ?? '{}');
  } catch {
    throw new CliUsageError(`--input is geen geldige JSON: ${options.input}`);
  }
  const opened = openAssistantTools({ dataDir: options.dataDir, registrations: options.registrations, cbs: options.cbs });
  try {
    const tool = opened.tools[name] as { run(input: unknown): Promise<unknown> };
    options.write(JSON.stringify(await tool.run(input), null, 2));
  } finally {
    opened.close();
  }
}
