/** The public face of answering/data/: what other folders may import from it. */
export { createDataAnswerer } from './answer-data-question.ts';
export { ASSISTANT_TOOL_NAMES, isAssistantToolName, type AssistantToolName, type AssistantToolTypes } from './tool-registry.ts';
export { listAssistantTools, type AssistantTools } from './tools/create-assistant-tools.ts';
export { openAssistantTools } from './tools/open-assistant-tools.ts';
