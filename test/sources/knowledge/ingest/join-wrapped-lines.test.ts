import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../../../src/sources/knowledge/ingest/loaders/join-wrapped-lines.ts';

describe('joinWrappedLines', () => {
  it('rejoins words broken at a line end', () => {
    expect(joinWrappedLines(['de jeugd-', 'hulp en de aan-', 'bieders'])).toEqual(['de jeugdhulp en de aanbieders']);
  });

  it('keeps real hyphens: abbreviations, capitals and Dutch ellipsis', () => {
    expect(joinWrappedLines(['het Wmo-', 'beleid'])).toEqual(['het Wmo-beleid']);
    expect(joinWrappedLines(['in Noord-', 'Holland'])).toEqual(['in Noord-Holland']);
    expect(joinWrappedLines(['zorg-', 'en welzijnsbeleid'])).toEqual(['zorg- en welzijnsbeleid']);
    expect(joinWrappedLines(['periode 2024-', '2027'])).toEqual(['periode 2024-2027']);
  });

  it('keeps list items as separate lines', () => {
    expect(joinWrappedLines(['Taken:', '- toegang', '  via wijkteams', '2. inkoop'])).toEqual([
      'Taken:',
      '- toegang via wijkteams',
      '2. inkoop',
    ]);
  });
});
