import type { LoadedPrompt } from './load-prompt.ts';
import { PromptLoadError } from './prompt-load-error.ts';

/**
 * Fills `{{$name}}` variables (Semantic Kernel syntax) in a prompt text. A variable in the text
 * without a value is an error, so a renamed variable cannot silently reach the model.
 */
export function renderPrompt(options: { prompt: LoadedPrompt; variables?: Record<string, string> }): string {
  const variables = options.variables ?? {};
  return options.prompt.text.replace(/\{\{\s*\$([A-Za-z_][\w]*)\s*\}\}/g, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) {
      throw new PromptLoadError({ reason: 'unknown-variable', prompt: options.prompt.name, detail: `variabele {{$${name}}} heeft geen waarde / has no value` });
    }
    return value;
  });
}
