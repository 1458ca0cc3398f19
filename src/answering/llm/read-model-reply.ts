import { AIMessage, type BaseMessage } from '@langchain/core/messages';

/** A tool call as the model asked for it; `malformed` holds the raw arguments when they were not valid JSON. */
export interface PendingToolCall {
  id: string;
  name: string;
  args: unknown;
  malformed?: { raw: string; error: string };
}

export interface ModelReply {
  text: string;
  toolCalls: PendingToolCall[];
  /** The reply as kept in the conversation: every tool call (also malformed ones) with an id, so each gets an answer. */
  message: AIMessage;
}

/**
 * A response the model cannot have meant: not an assistant message, or neither text nor tool calls.
 * Internal, so a plain Error: `invokeWithRetry` classifies it as an invalid response and turns it
 * into a ModelUnavailableError, which is what callers see.
 */
export class InvalidModelResponseError extends Error {
  override readonly name = 'InvalidModelResponseError';
  static isInstance(error: unknown): error is InvalidModelResponseError {
    return error instanceof Error && error.name === 'InvalidModelResponseError';
  }
}

export function readModelReply(message: BaseMessage): ModelReply {
  if (!AIMessage.isInstance(message)) throw new InvalidModelResponseError(`geen assistentbericht / not an assistant message (${message.type})`);
  const text = textOf(message).trim();
  let counter = 0;
  const nextId = (): string => `call_stelselwijzer_${++counter}`;
  const toolCalls: PendingToolCall[] = [
    ...(message.tool_calls ?? []).map((call) => ({ id: call.id || nextId(), name: call.name, args: call.args })),
    ...(message.invalid_tool_calls ?? []).map((call) => ({
      id: call.id || nextId(),
      name: call.name ?? '',
      args: {},
      malformed: { raw: call.args ?? '', error: call.error ?? 'ongeldige JSON / invalid JSON' },
    })),
  ];
  if (!text && toolCalls.length === 0) throw new InvalidModelResponseError('leeg antwoord zonder toolaanroepen / empty reply without tool calls');
  const kept = new AIMessage({
    content: text,
    tool_calls: toolCalls.map((call) => ({ id: call.id, name: call.name || 'onbekend', args: isRecord(call.args) ? call.args : {}, type: 'tool_call' as const })),
  });
  return { text, toolCalls, message: kept };
}

function textOf(message: AIMessage): string {
  if (typeof message.content === 'string') return message.content;
  return message.content
    .map((part) => (typeof part === 'string' ? part : part.type === 'text' && typeof part.text === 'string' ? part.text : ''))
    .join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
