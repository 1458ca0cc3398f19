/** IPC between the HTTP bench and its server processes. */
/** `collectGarbage` runs a full GC first, so that `heapUsed` is what is retained. */
export type ParentMessage = { type: 'memory'; collectGarbage?: boolean } | { type: 'stop' };

export type ServerMessage =
  | { type: 'ready'; port: number; describe: string }
  | { type: 'memory'; rss: number; heapUsed: number; errorLines: string[] }
  | { type: 'failed'; message: string };
