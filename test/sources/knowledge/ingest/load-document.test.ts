import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSupportedDocument, loadDocument } from '../../../../src/sources/knowledge/ingest/loaders/load-document.ts';
import { UnreadableDocumentError } from '../../../../src/sources/knowledge/ingest/loaders/unreadable-document-error.ts';
import { writeSampleDocx } from './fixtures/generate-docx-fixture.ts';
import { fixturePath } from './fixtures/fixture-path.ts';
import { NO_TEXT_PDF, TWO_PAGE_POLICY_PDF, writeSamplePdf } from './fixtures/generate-pdf-fixture.ts';

let directory: string;

/** Deterministic pseudo-random bytes (a corrupt file that is the same on every run). */
function noiseBytes(length: number): Buffer {
  let state = 0x2f6b1d3a;
  return Buffer.from(Array.from({ length }, () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
}

async function loadFailure(filePath: string): Promise<UnreadableDocumentError> {
  const error: unknown = await loadDocument({ filePath, source: 'x' }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!UnreadableDocumentError.isInstance(error)) throw new Error(`expected an UnreadableDocumentError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'stelselwijzer-load-'));
  await writeSamplePdf(join(directory, 'Toegang.PDF'), TWO_PAGE_POLICY_PDF);
  await writeSampleDocx(join(directory, 'inkoop.docx'));
  await copyFile(fixturePath('jeugdhulp-pagina.html'), join(directory, 'pagina.htm'));
  await copyFile(fixturePath('zonder-front-matter.md'), join(directory, 'notitie.markdown'));
  await writeSamplePdf(join(directory, 'scan.pdf'), NO_TEXT_PDF);
  await writeFile(join(directory, 'kapot.pdf'), noiseBytes(4096));
  await writeFile(join(directory, 'ansi.txt'), Buffer.from('Cli\xebnten en co\xf6rdinatie.', 'latin1'));
  await writeFile(join(directory, 'kapot.docx'), noiseBytes(2048));
  await writeFile(join(directory, 'begroting.xlsx'), 'PK');
  await writeFile(join(directory, 'leeg.md'), '');
  await writeFile(join(directory, 'spaties.txt'), '  \n\n \t\n');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('isSupportedDocument', () => {
  it('accepts the supported extensions in any case, nothing else', () => {
    for (const name of ['a.md', 'a.markdown', 'a.txt', 'a.html', 'a.HTM', 'a.pdf', 'a.docx']) {
      expect(isSupportedDocument(`map/${name}`), name).toBe(true);
    }
    for (const name of ['a.doc', 'a.xlsx', 'README', 'a.md.bak', 'a.toString']) {
      expect(isSupportedDocument(`map/${name}`), name).toBe(false);
    }
  });
});

describe('loadDocument', () => {
  it.each([
    ['Toegang.PDF', 'Toegang tot jeugdhulp in Voorbeeldstad'],
    ['inkoop.docx', 'Regionale inkoop jeugdhulp'],
    ['pagina.htm', 'Jeugdhulp in de regio'],
    ['notitie.markdown', 'Lumpsum in Zeeland'],
  ])('picks the loader by extension: %s', async (name, title) => {
    const document = await loadDocument({ filePath: join(directory, name), source: `knowledge/${name}` });
    expect(document.metadata.title).toBe(title);
    expect(document.source).toBe(`knowledge/${name}`);
    expect(document.sections.length).toBeGreaterThan(0);
  });

  it("a corrupt PDF: reason 'parse-failed' with a short Dutch message", async () => {
    const filePath = join(directory, 'kapot.pdf');
    const error = await loadFailure(filePath);
    expect(error.name).toBe('UnreadableDocumentError');
    expect(error.reason).toBe('parse-failed');
    expect(error.filePath).toBe(filePath);
    expect(error.message).toBe(`Kan bestand niet lezen (beschadigde PDF?): ${filePath}`);
    expect(error.message).not.toMatch(/\n|at /);
  });

  it("a corrupt DOCX: reason 'parse-failed'", async () => {
    const error = await loadFailure(join(directory, 'kapot.docx'));
    expect(error.reason).toBe('parse-failed');
    expect(error.message).toContain('beschadigd Word-bestand?');
  });

  it("an unsupported extension: reason 'unsupported-format'", async () => {
    const filePath = join(directory, 'begroting.xlsx');
    const error = await loadFailure(filePath);
    expect(error.reason).toBe('unsupported-format');
    expect(error.message).toBe(`Bestandsformaat niet ondersteund (.xlsx): ${filePath}`);
  });

  it("an empty file, a blank file and front matter without text: reason 'empty'", async () => {
    for (const filePath of [join(directory, 'leeg.md'), join(directory, 'spaties.txt'), fixturePath('alleen-front-matter.md')]) {
      const error = await loadFailure(filePath);
      expect(error.reason, filePath).toBe('empty');
      expect(error.message).toBe(`Bestand bevat geen tekst: ${filePath}`);
    }
  });

  it("a PDF without a text layer: reason 'empty', suggests a scan", async () => {
    const error = await loadFailure(join(directory, 'scan.pdf'));
    expect(error.reason).toBe('empty');
    expect(error.message).toContain('gescande PDF zonder tekstlaag?');
  });

  it('a Windows-1252 text file: read without replacement characters', async () => {
    const document = await loadDocument({ filePath: join(directory, 'ansi.txt'), source: 'ansi.txt' });
    expect(document.sections[0]?.text).toBe('Cliënten en coördinatie.');
  });

  it("a missing file: reason 'parse-failed', says it was not found", async () => {
    const error = await loadFailure(join(directory, 'bestaat-niet.md'));
    expect(error.reason).toBe('parse-failed');
    expect(error.message).toContain('bestand niet gevonden');
  });
});

describe('UnreadableDocumentError.isInstance', () => {
  it('recognises its instances only', () => {
    expect(UnreadableDocumentError.isInstance(new UnreadableDocumentError({ reason: 'empty', filePath: 'a.md' }))).toBe(true);
    expect(UnreadableDocumentError.isInstance(new Error('Bestand bevat geen tekst'))).toBe(false);
    expect(UnreadableDocumentError.isInstance(undefined)).toBe(false);
  });
});
