import pino, { type Logger } from 'pino';

/** Structured JSON logs on stderr (stdout stays free for CLI output). */
export function createLogger(options: { level: string; name?: string }): Logger {
  return pino({ level: options.level, name: options.name ?? 'stelselwijzer', base: undefined }, pino.destination(2));
}
