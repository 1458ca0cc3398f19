import { readFile } from 'node:fs/promises';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** A text file as UTF-8, falling back to Windows-1252 (older Dutch Windows files); BOM removed. */
export async function readTextFile(filePath: string): Promise<string> {
  const bytes = await readFile(filePath);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = WINDOWS_1252.decode(bytes);
  }
  return text.replace(/^\ufeff/, '');
}
