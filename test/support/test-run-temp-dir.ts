import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: every temporary directory the tests make (os.tmpdir() reads TMPDIR) lands
 * under one directory for this run, removed when the run ends, so test runs leave nothing in /tmp.
 */
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stelselwijzer-test-run-'));
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
