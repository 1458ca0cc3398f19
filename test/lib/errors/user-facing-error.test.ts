import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../src/app/cli/cli-error.ts';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { UserFacingError } from '../../../src/lib/errors/user-facing-error.ts';
import { InvalidInputError } from '../../../src/lib/input/invalid-input-error.ts';
import { CbsUnavailableError } from '../../../src/sources/cbs/cbs-unavailable-error.ts';
import { IndexOutdatedError } from '../../../src/sources/knowledge/index/index-outdated-error.ts';

describe('UserFacingError', () => {
  it('gives each user-facing error a reason and exit code 2, and leaves other errors alone', () => {
    const errors = [
      new ConfigError(['PORT: geen getal']),
      new CliUsageError('Geef een map'),
      new IndexOutdatedError('/tmp/index'),
      new InvalidInputError({ calculator: 'budget_runway', issues: [{ path: 'annualBudget', message: 'verplicht / required' }] }),
      new CbsUnavailableError({ reason: 'unreachable', table: '85099NED', detail: 'ECONNREFUSED' }),
    ];
    expect(errors.map((error) => [UserFacingError.isUserFacing(error), error.reason, error.exitCode])).toEqual([
      [true, 'invalid-configuration', 2],
      [true, 'invalid-usage', 2],
      [true, 'index-outdated', 2],
      [true, 'invalid-input', 2],
      [true, 'unreachable', 2],
    ]);
    expect(UserFacingError.isUserFacing(new Error('boom'))).toBe(false);
    expect(ConfigError.isInstance(errors[0])).toBe(true);
  });
});
