/** The public face of answering/llm/: what other folders may import from it. */
export { createLlmMode } from './create-llm-mode.ts';
