import fs from 'node:fs';
import path from 'node:path';

/** Every file under a directory with its bytes and modification time: compare two to prove nothing was written. */
export function directorySnapshot(dir: string): Record<string, { bytes: string; mtimeMs: number }> {
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((name) => path.join(dir, name))
      .filter((file) => fs.statSync(file).isFile())
      .map((file) => [path.relative(dir, file), { bytes: fs.readFileSync(file).toString('base64'), mtimeMs: fs.statSync(file).mtimeMs }]),
  );
}
