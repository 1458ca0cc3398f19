/** The logging the LLM mode needs; a pino Logger fits. */
export interface LlmLogger {
  debug(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}
