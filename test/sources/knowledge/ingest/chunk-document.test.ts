import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../../../src/sources/knowledge/document.ts';
import { chunkDocument } from '../../../../src/sources/knowledge/ingest/chunk-document.ts';
import { loadDocument } from '../../../../src/sources/knowledge/ingest/loaders/load-document.ts';
import { fixturePath } from './fixtures/fixture-path.ts';

const metadata = { title: 'Taakgericht werken', gemeenten: ['Utrecht'], topics: ['taakgericht'], type: 'advies' as const };

/** Forty distinct sentences of 50–60 characters. */
const sentences = Array.from({ length: 40 }, (_, index) => `Zin ${index + 1} beschrijft een afspraak over het budget in de wijk.`);

function documentWith(sections: LoadedDocument['sections']): LoadedDocument {
  return { source: 'knowledge/advies.md', metadata, sections };
}

const longDocument = documentWith([
  { headingPath: ['Taakgericht werken'], text: 'Korte inleiding over het stelsel.' },
  { headingPath: ['Taakgericht werken', 'Budget'], text: sentences.join(' ') },
  { headingPath: ['Taakgericht werken', 'Risico’s'], text: 'Eerste alinea over risico’s.\n\n- wachtlijsten\n- onderbesteding' },
]);

describe('chunkDocument', () => {
  it('headingPath: text of different sections never shares a chunk, and headings stay out of the text', () => {
    const chunks = chunkDocument({ document: longDocument, docId: 'advies', maxChars: 300, overlapChars: 80 });
    expect(chunks[0]).toMatchObject({ headingPath: ['Taakgericht werken'], text: 'Korte inleiding over het stelsel.' });
    expect(chunks.at(-1)).toMatchObject({
      headingPath: ['Taakgericht werken', 'Risico’s'],
      text: 'Eerste alinea over risico’s.\n\n- wachtlijsten\n- onderbesteding',
    });
    const budgetChunks = chunks.filter((chunk) => chunk.headingPath.at(-1) === 'Budget');
    expect(budgetChunks.length).toBeGreaterThan(5);
    for (const chunk of budgetChunks) {
      expect(chunk.text).toMatch(/^Zin \d+ /);
      expect(chunk.text).not.toMatch(/inleiding|risico|Budget/);
    }
  });

  it('text: at most maxChars, whole sentences only', () => {
    const chunks = chunkDocument({ document: longDocument, docId: 'advies', maxChars: 300, overlapChars: 80 });
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300);
      if (chunk.headingPath.at(-1) === 'Budget') expect(chunk.text).toMatch(/^Zin \d+ .*wijk\.$/s);
    }
    const covered = new Set(chunks.flatMap((chunk) => chunk.text.match(/Zin \d+ /g) ?? []));
    expect(covered.size).toBe(40);
  });

  it('overlap: a follow-up chunk starts with the last sentence of the previous chunk', () => {
    const chunks = chunkDocument({ document: longDocument, docId: 'advies', maxChars: 300, overlapChars: 80 });
    const budgetChunks = chunks.filter((chunk) => chunk.headingPath.at(-1) === 'Budget');
    for (let index = 1; index < budgetChunks.length; index += 1) {
      const previousSentences = budgetChunks[index - 1]!.text.match(/Zin \d+ [^.]*\./g)!;
      expect(budgetChunks[index]!.text.startsWith(previousSentences.at(-1)!)).toBe(true);
    }
  });

  it('overlap: none between sections, none when overlapChars is 0', () => {
    const chunks = chunkDocument({ document: longDocument, docId: 'advies', maxChars: 300, overlapChars: 0 });
    const allSentences = chunks.flatMap((chunk) => chunk.text.match(/Zin \d+ /g) ?? []);
    expect(allSentences).toHaveLength(40);
  });

  it('packs whole paragraphs and starts a new chunk at a paragraph that no longer fits', () => {
    const paragraphA = sentences.slice(0, 4).join(' ');
    const paragraphB = sentences.slice(4, 8).join(' ');
    const chunks = chunkDocument({
      document: documentWith([{ headingPath: ['A'], text: `${paragraphA}\n\n${paragraphB}` }]),
      docId: 'doc',
      maxChars: 400,
      overlapChars: 0,
    });
    expect(chunks.map((chunk) => chunk.text)).toEqual([paragraphA, paragraphB]);
  });

  it('splits long paragraphs at sentence ends, not after Dutch abbreviations or inside numbers', () => {
    const text =
      'De gemeente betaalt o.a. de jeugdhulp in de wijk en het budget stijgt met ca. 12,5 procent. ' +
      'Het tarief is € 1.200 per cliënt, d.w.z. Inclusief reiskosten volgens art. 4 van de verordening. ' +
      'Er waren in 2023 precies 367.947 jongeren met jeugdhulp, bijv. Ambulante begeleiding.';
    const chunks = chunkDocument({ document: documentWith([{ headingPath: [], text }]), docId: 'doc', maxChars: 110, overlapChars: 0 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([
      'De gemeente betaalt o.a. de jeugdhulp in de wijk en het budget stijgt met ca. 12,5 procent.',
      'Het tarief is € 1.200 per cliënt, d.w.z. Inclusief reiskosten volgens art. 4 van de verordening.',
      'Er waren in 2023 precies 367.947 jongeren met jeugdhulp, bijv. Ambulante begeleiding.',
    ]);
  });

  it('cuts a sentence longer than maxChars at word boundaries', () => {
    const text = Array.from({ length: 60 }, (_, index) => `woord${index}`).join(' ');
    const chunks = chunkDocument({ document: documentWith([{ headingPath: [], text }]), docId: 'doc', maxChars: 100, overlapChars: 0 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(100);
      expect(chunk.text).toMatch(/^woord\d+( woord\d+)*$/);
    }
  });

  it('skips chunks without letters and numbers ordinals without gaps', () => {
    const chunks = chunkDocument({
      document: documentWith([
        { headingPath: ['Cijfers'], text: '2024 | 2025\n--- | ---' },
        { headingPath: ['Tekst'], text: 'Wel tekst.' },
      ]),
      docId: 'doc',
    });
    expect(chunks.map((chunk) => [chunk.ordinal, chunk.text])).toEqual([[0, 'Wel tekst.']]);
  });

  it('id, docId, source, metadata: stable ids from the content, document fields copied', () => {
    const first = chunkDocument({ document: longDocument, docId: 'knowledge/advies' });
    const second = chunkDocument({ document: structuredClone(longDocument), docId: 'knowledge/advies' });
    expect(second.map((chunk) => chunk.id)).toEqual(first.map((chunk) => chunk.id));
    expect(first[0]!.id).toMatch(/^knowledge\/advies#0-[0-9a-f]{8}$/);
    expect(new Set(first.map((chunk) => chunk.id)).size).toBe(first.length);
    expect(first[0]).toMatchObject({ docId: 'knowledge/advies', source: 'knowledge/advies.md', ordinal: 0, metadata });
  });

  it('id: changes when the chunk text changes, not for other chunks', () => {
    const changed = documentWith([{ ...longDocument.sections[0]!, text: 'Korte inleiding over het nieuwe stelsel.' }, ...longDocument.sections.slice(1)]);
    const before = chunkDocument({ document: longDocument, docId: 'advies' });
    const after = chunkDocument({ document: changed, docId: 'advies' });
    expect(after[0]!.id).not.toBe(before[0]!.id);
    expect(after.slice(1).map((chunk) => chunk.id)).toEqual(before.slice(1).map((chunk) => chunk.id));
  });

  it('defaults: chunks of at most 900 characters', () => {
    const chunks = chunkDocument({ document: longDocument, docId: 'advies' });
    expect(Math.max(...chunks.map((chunk) => chunk.text.length))).toBeLessThanOrEqual(900);
    expect(chunks.filter((chunk) => chunk.headingPath.at(-1) === 'Budget').length).toBe(3);
  });
});

describe('chunkDocument on a loaded Markdown document', () => {
  it('one chunk per short section, carrying its heading path, the list lines and the front matter', async () => {
    const document = await loadDocument({ filePath: fixturePath('beleidsnotitie-taakgericht.md'), source: 'knowledge/notitie.md' });
    const chunks = chunkDocument({ document, docId: 'knowledge/notitie' });
    expect(chunks.map((chunk) => chunk.headingPath.at(-1))).toEqual(['Taakgericht financieren', "Risico's", 'Monitoring', 'Bronnen']);
    expect(chunks[1]!.text).toContain('\n- onderbesteding van het budget;\n');
    expect(chunks.every((chunk) => chunk.metadata.type === 'advies' && chunk.source === 'knowledge/notitie.md')).toBe(true);
  });
});
