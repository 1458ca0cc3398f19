import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PromptLoadError } from './prompt-load-error.ts';

const promptConfigSchema = z.object({
  schema: z.literal(1),
  description: z.string().min(1),
  completion: z
    .object({
      temperature: z.number().min(0).max(2).optional(),
      max_tokens: z.number().int().positive().optional(),
    })
    .default({}),
});

export type PromptConfig = z.infer<typeof promptConfigSchema>;

/** A prompt folder: `prompts/<name>/skprompt.txt` (the text, Dutch) and `config.json` (model settings). */
export interface LoadedPrompt {
  name: string;
  text: string;
  config: PromptConfig;
}

export interface LoadPromptOptions {
  name: string;
  /** Defaults to the project's `prompts/` folder. */
  promptsDir?: string;
}

/** The project's `prompts/` folder, three folders up from here in src/ and in dist/ alike. */
const DEFAULT_PROMPTS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'prompts');

const loaded = new Map<string, LoadedPrompt>();

/** Reads and validates a prompt folder once; later calls return the same object. */
export function loadPrompt(options: LoadPromptOptions): LoadedPrompt {
  const dir = path.join(options.promptsDir ?? DEFAULT_PROMPTS_DIR, options.name);
  const cached = loaded.get(dir);
  if (cached) return cached;
  const text = readText(path.join(dir, 'skprompt.txt'), options.name).trim();
  if (!text) throw new PromptLoadError({ reason: 'empty', prompt: options.name, detail: 'skprompt.txt is leeg / is empty' });
  const rawConfig = readText(path.join(dir, 'config.json'), options.name);
  let json: unknown;
  try {
    json = JSON.parse(rawConfig);
  } catch (error) {
    throw new PromptLoadError({ reason: 'invalid-config', prompt: options.name, detail: `config.json: ${(error as Error).message}` });
  }
  const parsed = promptConfigSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    throw new PromptLoadError({ reason: 'invalid-config', prompt: options.name, detail: `config.json: ${detail}` });
  }
  const prompt: LoadedPrompt = { name: options.name, text, config: parsed.data };
  loaded.set(dir, prompt);
  return prompt;
}

function readText(file: string, prompt: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new PromptLoadError({ reason: 'missing', prompt, detail: `${file} niet gevonden / not found` });
  }
}
