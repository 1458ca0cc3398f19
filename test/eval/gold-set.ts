import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const goldQuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  language: z.enum(['nl', 'en']),
  expectedDocs: z.array(z.string()),
  expectedFacts: z.array(z.string()),
  shouldAbstain: z.boolean(),
});
export type GoldQuestion = z.infer<typeof goldQuestionSchema>;

export const GOLD_FILE = path.join(import.meta.dirname, 'gold.jsonl');

export function readGoldSet(file = GOLD_FILE): GoldQuestion[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return goldQuestionSchema.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${i + 1}: ${(error as Error).message}`);
      }
    });
}
