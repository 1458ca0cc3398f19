import fs from 'node:fs';
import readline from 'node:readline';
import type { Assistant } from '../../assistant/index.ts';
import type { RetrievalFilter } from '../../sources/knowledge/index.ts';
import { CliUsageError } from './cli-error.ts';
import { answerToJson, formatAnswerForHumans } from './format-answer.ts';

export interface AskCommandOptions {
  assistant: Assistant;
  question?: string;
  batchFile?: string;
  json: boolean;
  /** Only passages of these document types or gemeenten. */
  filter?: RetrievalFilter;
  write: (text: string) => void;
}

/** `ask`: one question, or a batch file with one question per line answered as JSONL in one process. */
export async function runAskCommand(options: AskCommandOptions): Promise<void> {
  const { assistant, write, filter } = options;
  if (options.batchFile) {
    if (!options.json) throw new CliUsageError('ask --batch vereist --json (uitvoer is JSONL).');
    if (!fs.existsSync(options.batchFile)) throw new CliUsageError(`Bestand niet gevonden: ${options.batchFile}`);
    const lines = readline.createInterface({ input: fs.createReadStream(options.batchFile, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      const question = line.trim();
      if (!question) continue;
      write(JSON.stringify(answerToJson(await assistant.ask({ question, filter }))));
    }
    return;
  }
  const question = options.question?.trim();
  if (!question) throw new CliUsageError('Geef een vraag: ask "Wat is taakgerichte bekostiging?"');
  const answer = await assistant.ask({ question, filter });
  write(options.json ? JSON.stringify(answerToJson(answer), null, 2) : formatAnswerForHumans(answer));
}
