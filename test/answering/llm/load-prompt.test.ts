import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrompt } from '../../../src/answering/llm/load-prompt.ts';
import { PromptLoadError } from '../../../src/answering/llm/prompt-load-error.ts';
import { renderPrompt } from '../../../src/answering/llm/render-prompt.ts';
import { makeTempDir } from '../../support/temp-dir.ts';

function promptsDirWith(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const temp = makeTempDir('stelselwijzer-prompts-');
  fs.mkdirSync(path.join(temp.dir, 'p'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(temp.dir, 'p', name), text);
  return temp;
}

const errorOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('loadPrompt', () => {
  it('reads the project prompts with their settings, once', () => {
    const prompt = loadPrompt({ name: 'answer-from-sources' });
    expect(prompt.config.completion).toEqual({ temperature: 0.1, max_tokens: 800 });
    expect(prompt.text).toContain('{{$taal}}');
    expect(loadPrompt({ name: 'answer-from-sources' })).toBe(prompt);
    const repair = loadPrompt({ name: 'repair-citations' });
    expect(renderPrompt({ prompt: repair, variables: { problemen: '- X', bronnen: '- [1] Y' } })).toContain('- [1] Y');
  });

  it('fills variables and refuses a variable without a value', () => {
    const prompt = loadPrompt({ name: 'answer-from-sources' });
    expect(renderPrompt({ prompt, variables: { taal: 'Engels', datum: 'maandag 23 november 2026' } })).toContain('Antwoord in het Engels');
    const error = errorOf(() => renderPrompt({ prompt }));
    expect(PromptLoadError.isInstance(error) && error.reason).toBe('unknown-variable');
  });

  it('names the problem in an invalid config.json', () => {
    const { dir, cleanup } = promptsDirWith({ 'skprompt.txt': 'Tekst', 'config.json': '{"schema": 1, "description": "", "completion": {"temperature": 5}}' });
    try {
      const error = errorOf(() => loadPrompt({ name: 'p', promptsDir: dir }));
      expect(PromptLoadError.isInstance(error) && error.reason).toBe('invalid-config');
      expect((error as Error).message).toContain('completion.temperature');
    } finally {
      cleanup();
    }
  });

  it('reports a missing prompt folder', () => {
    const error = errorOf(() => loadPrompt({ name: 'bestaat-niet' }));
    expect(PromptLoadError.isInstance(error) && error.reason).toBe('missing');
  });
});
