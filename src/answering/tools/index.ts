/** The public face of answering/tools/: what a tool is, for the data tools and the model path that runs them. */
export type { AssistantTool } from './assistant-tool.ts';
