import { createHash } from 'node:crypto';

/**
 * Escapes free text (a state key, a conversation id) into one blob name segment: letters, digits,
 * `-` and `_` stay, every other UTF-8 byte becomes `~XX` (upper-case hex). The result has no `/`,
 * no `.` and no `%`, so it cannot create virtual folders, end in a dot or be decoded twice by a URL
 * layer. Text whose escaped form is longer than `maxLength` (blob names may be 1024 characters)
 * becomes `~h<sha256>`, which no escaped text can equal: the mapping stays one-to-one.
 */
export function blobNameSegment(text: string, maxLength = 400): string {
  let escaped = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    escaped += /[A-Za-z0-9_-]/.test(char) ? char : `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (escaped.length <= maxLength) return escaped;
  return `~h${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** A UTC time as a sortable blob name part in ISO 8601 basic format: `20261123T122815123Z`. */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}
