import type { z } from 'zod';
import { UserFacingError } from '../errors/index.ts';

const marker = Symbol.for('stelselwijzer.data.InvalidInputError');

export interface InvalidInputIssue {
  /** Field path, e.g. "taakgericht.lumpsum". */
  path: string;
  /** Bilingual message: "Dutch / English". */
  message: string;
}

/** Thrown by calculators when their input fails the zod schema; lists every problem at once. */
export class InvalidInputError extends UserFacingError {
  readonly [marker] = true;
  override readonly name = 'InvalidInputError';
  get reason() {
    return 'invalid-input' as const;
  }
  readonly issues: InvalidInputIssue[];

  constructor({ calculator, issues }: { calculator: string; issues: InvalidInputIssue[] }) {
    const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    super(`Ongeldige invoer voor ${calculator} / Invalid input for ${calculator}: ${summary}`);
    this.issues = issues;
  }

  static isInstance(error: unknown): error is InvalidInputError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}

/** Parses `input` with `schema`, throwing InvalidInputError (not a bare ZodError) on failure. */
export function parseCalculatorInput<Schema extends z.ZodType>({ schema, input, calculator }: { schema: Schema; input: unknown; calculator: string }): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError({
    calculator,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  });
}
