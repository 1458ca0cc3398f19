import { describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../../src/answering/llm/model-unavailable-error.ts';
import { PromptLoadError } from '../../../src/answering/llm/prompt-load-error.ts';
import { InvalidModelResponseError } from '../../../src/answering/llm/read-model-reply.ts';
import { CliUsageError } from '../../../src/app/cli/cli-error.ts';
import { ConfigError } from '../../../src/lib/errors/config-error.ts';
import { ETagConflictError } from '../../../src/lib/errors/etag-conflict-error.ts';
import { UserFacingError } from '../../../src/lib/errors/user-facing-error.ts';
import { InvalidInputError } from '../../../src/lib/input/invalid-input-error.ts';
import { CbsRequestError } from '../../../src/sources/cbs/cbs-request-error.ts';
import { CbsUnavailableError } from '../../../src/sources/cbs/cbs-unavailable-error.ts';
import { MeasureNotFoundError } from '../../../src/sources/cbs/measure-not-found-error.ts';
import { UnreadableDocumentError } from '../../../src/sources/knowledge/ingest/loaders/unreadable-document-error.ts';
import { IndexOutdatedError } from '../../../src/sources/knowledge/index/index-outdated-error.ts';
import { LexicalSnapshotError } from '../../../src/sources/knowledge/lexical/lexical-index-snapshot.ts';
import { RegistrationImportError } from '../../../src/sources/registrations/registration-import-error.ts';

describe('UserFacingError', () => {
  it('gives each error the caller can fix a reason and exit code 2', () => {
    const errors = [
      new ConfigError(['PORT: geen getal']),
      new CliUsageError('Geef een map'),
      new IndexOutdatedError('/tmp/index'),
      new InvalidInputError({ calculator: 'budget_runway', issues: [{ path: 'annualBudget', message: 'verplicht / required' }] }),
      new PromptLoadError({ reason: 'missing', prompt: 'answer-from-sources', detail: 'skprompt.txt niet gevonden / not found' }),
      new RegistrationImportError({ reason: 'invalid-rows', errors: [{ row: 3, message: "Rij 3: onbekende productcategorie '39'" }] }),
      new UnreadableDocumentError({ reason: 'parse-failed', filePath: 'docs/broken.pdf', hint: 'beschadigde PDF?' }),
    ];
    expect(errors.map((error) => [UserFacingError.isUserFacing(error), error.reason, error.exitCode])).toEqual([
      [true, 'invalid-configuration', 2],
      [true, 'invalid-usage', 2],
      [true, 'index-outdated', 2],
      [true, 'invalid-input', 2],
      [true, 'missing', 2],
      [true, 'invalid-rows', 2],
      [true, 'parse-failed', 2],
    ]);
    expect(ConfigError.isInstance(errors[0])).toBe(true);
  });

  it('gives a service that cannot deliver now exit code 1', () => {
    const errors = [
      new CbsUnavailableError({ reason: 'unreachable', table: '85099NED', detail: 'ECONNREFUSED' }),
      new ModelUnavailableError({ reason: 'timeout', attempts: 2 }),
      new ModelUnavailableError({ reason: 'model-unavailable', attempts: 1, lastFailure: { kind: 'client-error', retryable: false, message: '401 Incorrect API key provided: sk-abc***xyz' } }),
    ];
    expect(errors.map((error) => [UserFacingError.isUserFacing(error), error.reason, error.exitCode])).toEqual([
      [true, 'unreachable', 1],
      [true, 'timeout', 1],
      [true, 'model-unavailable', 1],
    ]);
  });

  it('keeps internal errors plain: a caller retries them or turns them into a user-facing one', () => {
    const internal = [
      new Error('boom'),
      new CbsRequestError({ reason: 'http', url: 'https://example.org', status: 503, message: 'HTTP 503' }),
      new MeasureNotFoundError('85099NED', 'Jeugdhulp'),
      new LexicalSnapshotError('Invalid lexical index snapshot', 'invalid'),
      new ETagConflictError({ key: 'conversation' }),
      new InvalidModelResponseError('leeg antwoord zonder toolaanroepen / empty reply without tool calls'),
    ];
    expect(internal.filter((error) => UserFacingError.isUserFacing(error))).toEqual([]);
  });
});

describe('ModelUnavailableError', () => {
  it('says in both languages that the model is unavailable, without the technical cause', () => {
    const error = new ModelUnavailableError({ reason: 'model-unavailable', attempts: 3, lastFailure: { kind: 'client-error', retryable: false, message: '401 Incorrect API key provided: sk-abc***xyz' } });
    expect(error.message).toBe(
      'Het taalmodel is niet beschikbaar (3 pogingen); probeer het later opnieuw. / The language model is not available (3 attempts); please try again later.',
    );
    expect(error.lastFailure?.message).toContain('Incorrect API key');
    expect(new ModelUnavailableError({ reason: 'timeout', attempts: 1 }).message).toBe(
      'Het taalmodel antwoordde niet op tijd (1 poging); probeer het later opnieuw. / The language model did not answer in time (1 attempt); please try again later.',
    );
  });
});
