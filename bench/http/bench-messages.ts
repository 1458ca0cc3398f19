/** IPC between the HTTP bench and its server processes. */
export type ParentMessage = { type: 'memory' } | { type: 'stop' };

export type ServerMessage =
  | { type: 'ready'; port: number; describe: string }
  | { type: 'memory'; rss: number; heapUsed: number; errorLines: string[] }
  | { type: 'failed'; message: string };
