import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocxDocument } from '../../../../src/sources/knowledge/ingest/loaders/docx-loader.ts';
import { writeDocxWithoutHeadings, writeSampleDocx } from './fixtures/generate-docx-fixture.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'stelselwijzer-docx-'));
  await writeSampleDocx(join(directory, 'inkoop.docx'));
  await writeDocxWithoutHeadings(join(directory, 'verslag.docx'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('loadDocxDocument', () => {
  it('sections: Heading 1/Heading 2 become heading paths, bullets become lines', async () => {
    const document = await loadDocxDocument({ filePath: join(directory, 'inkoop.docx'), source: 'docs/inkoop.docx' });
    expect(document.source).toBe('docs/inkoop.docx');
    expect(document.sections).toEqual([
      {
        headingPath: ['Regionale inkoop jeugdhulp'],
        text: 'De regio werkt sinds 2022 met taakgerichte contracten. Dat betekent o.a. een vast budget.',
      },
      {
        headingPath: ['Regionale inkoop jeugdhulp', 'Voordelen'],
        text: '- minder administratieve lasten\n- meer ruimte voor preventie',
      },
      {
        headingPath: ['Regionale inkoop jeugdhulp', 'Nadelen'],
        text: 'Het risico op wachtlijsten neemt toe bij een te krap budget.',
      },
    ]);
  });

  it('metadata.title: the first heading before the document properties title', async () => {
    const document = await loadDocxDocument({ filePath: join(directory, 'inkoop.docx'), source: 'x.docx' });
    expect(document.metadata).toEqual({ title: 'Regionale inkoop jeugdhulp', gemeenten: [], topics: [] });
  });

  it('metadata.title: the document properties title when there is no heading', async () => {
    const document = await loadDocxDocument({ filePath: join(directory, 'verslag.docx'), source: 'x.docx' });
    expect(document.metadata.title).toBe('Verslag & besluitenlijst');
    expect(document.sections).toEqual([{ headingPath: [], text: 'Het college besluit de subsidie voort te zetten.' }]);
  });
});
