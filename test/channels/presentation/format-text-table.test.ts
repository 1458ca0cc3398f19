import { describe, expect, it } from 'vitest';
import { formatTextTable } from '../../../src/channels/presentation/format-text-table.ts';

describe('formatTextTable', () => {
  const table = {
    title: 'Uitgaven Wmo, 2023',
    columns: ['Gemeente', 'Jaar', 'Inwoners', 'Per inwoner (€)'],
    rows: [
      ['Hollands Kroon', 2023, 49_227, 412.5],
      ['Den Helder', 2023, 367_947, 12.25],
      ['Texel', 2023, 13_985, null],
    ],
    note: 'Bron: CBS StatLine 85099NED, 2023 [1]',
  };

  it('puts the title above, a header with a rule, and the note below', () => {
    const lines = formatTextTable(table).split('\n');
    expect(lines[0]).toBe('Uitgaven Wmo, 2023');
    expect(lines[1]).toMatch(/^Gemeente\s+Jaar\s+Inwoners\s+Per inwoner \(€\)$/);
    expect(lines[2]).toMatch(/^-+ {2}-+ {2}-+ {2}-+$/);
    expect(lines.at(-2)).toBe('');
    expect(lines.at(-1)).toBe('Bron: CBS StatLine 85099NED, 2023 [1]');
  });

  it('formats numbers the Dutch way with the same decimals down a column, years without a dot', () => {
    const text = formatTextTable(table);
    expect(text).toContain('367.947');
    expect(text).toContain('412,50');
    expect(text).toContain('12,25');
    expect(text).toContain('2023');
    expect(text).not.toContain('2.023');
  });

  it('right-aligns numbers and left-aligns text, so every row is as wide as the rule', () => {
    const lines = formatTextTable(table).split('\n');
    const rule = lines[2] ?? '';
    const body = lines.slice(3, 6);
    for (const line of body) expect(line.length).toBe(rule.length);
    expect(body[0]).toMatch(/^Hollands Kroon {2}2023 {4}49\.227 {11}412,50$/);
    expect(body[1]).toMatch(/^Den Helder {6}2023 {3}367\.947 {12}12,25$/);
    expect(body[2]).toMatch(/ {16}–$/);
  });

  it('treats years and codes as labels: left-aligned, without a thousands dot', () => {
    const lines = formatTextTable({ title: 'Trend', columns: ['Peiljaar', 'Cliënten'], rows: [[2023, 1_250], [2024, 980]] }).split('\n');
    expect(lines.slice(1)).toEqual(['Peiljaar  Cliënten', '--------  --------', '2023         1.250', '2024           980']);
  });

  it('shows a table without note or rows', () => {
    expect(formatTextTable({ title: 'Leeg', columns: ['A', 'B'], rows: [] })).toBe('Leeg\nA  B\n-  -');
  });
});
