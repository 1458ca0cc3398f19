import { ConfigError } from '../../src/lib/errors/config-error.ts';

/** The ConfigError an action throws; fails the test when it throws nothing or something else. */
export function configErrorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    if (ConfigError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
