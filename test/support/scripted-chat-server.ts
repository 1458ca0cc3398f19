import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted reply of `/v1/chat/completions`, served in order. */
export type ScriptedReply =
  | { kind: 'text'; content: string }
  | { kind: 'tool-calls'; calls: { name: string; arguments: string | Record<string, unknown>; id?: string }[]; content?: string }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'garbage'; body: string; status?: number }
  /** Decided when the request arrives, e.g. to cite the number a source was given. */
  | { kind: 'dynamic'; respond: (request: RecordedChatRequest) => ScriptedReply };

export const reply = {
  text: (content: string): ScriptedReply => ({ kind: 'text', content }),
  toolCall: (name: string, args: string | Record<string, unknown>): ScriptedReply => ({ kind: 'tool-calls', calls: [{ name, arguments: args }] }),
  toolCalls: (...calls: { name: string; arguments: string | Record<string, unknown> }[]): ScriptedReply => ({ kind: 'tool-calls', calls }),
  status: (status: number, headers?: Record<string, string>): ScriptedReply => ({ kind: 'status', status, ...(headers ? { headers } : {}) }),
  hang: (): ScriptedReply => ({ kind: 'hang' }),
  garbage: (body: string, status = 200): ScriptedReply => ({ kind: 'garbage', body, status }),
  dynamic: (respond: (request: RecordedChatRequest) => ScriptedReply): ScriptedReply => ({ kind: 'dynamic', respond }),
};

export interface ChatRequestMessage {
  role: string;
  content: unknown;
  tool_calls?: { id: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

export interface RecordedChatRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; messages: ChatRequestMessage[]; tools?: { function: { name: string } }[]; [key: string]: unknown };
  receivedAt: number;
}

export interface ScriptedChatServer {
  /** With `/v1`, as OPENAI_BASE_URL. */
  baseUrl: string;
  requests: RecordedChatRequest[];
  /** Replies not served yet. */
  remaining: () => number;
  close: () => Promise<void>;
}

/**
 * A local OpenAI-compatible chat server that serves scripted replies in order (text, tool calls,
 * an HTTP status such as 429 with retry-after, a hang for timeouts, or garbage) and records every
 * request. When the script runs out it answers 500, so a test sees the extra request.
 */
export async function startScriptedChatServer(options: { replies: ScriptedReply[] }): Promise<ScriptedChatServer> {
  const script = [...options.replies];
  const requests: RecordedChatRequest[] = [];
  let served = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as RecordedChatRequest['body']) : { messages: [] };
      requests.push({ path: req.url ?? '', headers: req.headers, body, receivedAt: Date.now() });
      if (!(req.method === 'POST' && (req.url ?? '').split('?')[0]!.endsWith('/chat/completions'))) return send(res, 404, { error: { message: 'not found' } });
      const scripted = script.shift();
      if (!scripted) return send(res, 500, { error: { message: 'script exhausted' } });
      const next = scripted.kind === 'dynamic' ? scripted.respond(requests.at(-1)!) : scripted;
      served++;
      switch (next.kind) {
        case 'text':
          return send(res, 200, completion(served, body.model, { role: 'assistant', content: next.content }, 'stop'));
        case 'tool-calls':
          return send(res, 200, completion(served, body.model, {
            role: 'assistant',
            content: next.content ?? null,
            tool_calls: next.calls.map((call, index) => ({
              id: call.id ?? `call_${served}_${index + 1}`,
              type: 'function',
              function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
            })),
          }, 'tool_calls'));
        case 'status':
          return send(res, next.status, next.body ?? { error: { message: `scripted ${next.status}`, type: 'scripted' } }, next.headers);
        case 'hang':
          return; // never answers; closed with the server
        case 'garbage':
          res.writeHead(next.status ?? 200, { 'content-type': 'application/json' });
          return res.end(next.body);
        case 'dynamic':
          return send(res, 500, { error: { message: 'a dynamic reply must not return another dynamic reply' } });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    remaining: () => script.length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function completion(id: number, model: unknown, message: Record<string, unknown>, finishReason: string): unknown {
  return {
    id: `chatcmpl-scripted-${id}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: typeof model === 'string' ? model : 'scripted',
    choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** The text of a recorded message's content (string or content parts). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part: { text?: string }) => part.text ?? '').join('');
  return '';
}

/** The `[n]` the answerer gave the source whose title starts with `title`, read from the tool messages of a request. */
export function sourceNumberOf(request: RecordedChatRequest, title: string): number {
  for (const message of request.body.messages) {
    if (message.role !== 'tool') continue;
    for (const match of contentText(message.content).matchAll(/<bron n="(\d+)"[^>]*>\n\[\d+\] ([^\n]*)/g)) {
      if (match[2]!.startsWith(title)) return Number(match[1]);
    }
  }
  throw new Error(`no source titled "${title}" in the request`);
}
