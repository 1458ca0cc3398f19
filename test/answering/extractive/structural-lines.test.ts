import { describe, expect, it } from 'vitest';
import { isStructuralLine } from '../../../src/answering/extractive/structural-lines.ts';

const context = { title: 'Handreiking taakgericht werken in het sociaal domein', headingPath: ['Handreiking taakgericht werken in het sociaal domein', '3 Randvoorwaarden bij de contractering'] };

describe('isStructuralLine', () => {
  it.each([
    ['a numbered section line ending in a question', '4 Welke kansen biedt taakgerichte bekostiging?'],
    ['a table-of-contents entry with a page number', 'Welke risico’s heeft taakgerichte bekostiging 14'],
    ['a table-of-contents line with dot leaders', 'Inleiding .................... 3'],
    ['numbered headings run together', '4 Welke kansen biedt taakgerichte bekostiging? 12 5 Welke risico’s heeft taakgerichte bekostiging? 14'],
    ['a numbered sub-section heading', '2.3 Randvoorwaarden voor de contractering'],
    ['the document title', 'Handreiking taakgericht werken in het sociaal domein'],
    ['a heading of the passage', 'Randvoorwaarden bij de contractering'],
    ['a figure caption', 'Figuur 3: Ontwikkeling van het aantal jeugdigen met jeugdhulp, 2015–2023'],
    ['a table caption', 'Tabel 2. Uitgaven per productcategorie'],
    ['a bibliography entry', 'Peeters, C. (2023). Taakgericht werken: geen holy grail. Significant.'],
    ['a reference with a retrieval note', 'VNG (2024), Handreiking reële tarieven, geraadpleegd op 3 maart 2025.'],
    ['a short line without sentence punctuation', 'Kansen en risico’s voor cliënten'],
  ])('%s', (_kind, line) => {
    expect(isStructuralLine(line, context)).toBe(true);
  });

  it.each([
    ['a plain sentence', 'Taakgerichte bekostiging maakt de uitgaven vooraf beter voorspelbaar.'],
    ['a sentence that starts with a number', '36 gemeenten in Noord-Holland kopen de jeugdhulp samen in.'],
    ['a sentence with a year and an amount', 'In 2019 werd circa € 1,9 miljard meer uitgegeven aan jeugdzorg dan in 2015.'],
    ['a list announcement', 'De Jeugdautoriteit doet dat op vier manieren:'],
    ['a sentence that quotes the title inside a longer claim', 'De Handreiking taakgericht werken in het sociaal domein noemt Lelystad en Tilburg als praktijkvoorbeelden.'],
  ])('keeps %s', (_kind, line) => {
    expect(isStructuralLine(line, context)).toBe(false);
  });
});

describe('isStructuralLine: running headers', () => {
  it('treats a line of cells between bars as structure', () => {
    expect(isStructuralLine('Ministerie van Volksgezondheid, Welzijn en Sport | Staatsblad 2024, 69 | AMvB', context)).toBe(true);
  });
});
