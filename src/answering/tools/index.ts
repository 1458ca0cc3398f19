/** The public face of answering/tools/: what other folders may import from it. */
export type { AssistantTool } from './assistant-tool.ts';
export { ASSISTANT_TOOL_NAMES, type AssistantToolName, type AssistantToolTypes, type AssistantTools, listAssistantTools } from './create-assistant-tools.ts';
export { openAssistantTools } from './open-assistant-tools.ts';
