import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../src/app/config/app-config.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const run = promisify(execFile);
const CRUISER = path.join(PROJECT_DIR, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = path.join(PROJECT_DIR, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs dependency-cruiser with the project's rules over `src/` under `cwd`; its violations. */
async function violationsIn(cwd: string): Promise<Violation[]> {
  const result = await run(process.execPath, [CRUISER, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (failure: { stdout: string }) => failure,
  );
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

/** The layers of README's "Architecture" and the rule that imports only point down, as `npm run lint` checks it. */
describe('layers', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('src/ has no upward import and no circle', async () => {
    expect(await violationsIn(PROJECT_DIR)).toEqual([]);
  });

  it('src/ holds exactly the seven layer folders', () => {
    const folders = fs.readdirSync(path.join(PROJECT_DIR, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(['answering', 'app', 'assistant', 'channels', 'lib', 'sources', 'storage']);
  });

  it('fails on an upward import, a circle, a channel that reaches past the assistant, and an import behind a folder\'s index', async () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(temp.dir, file)), { recursive: true });
      fs.writeFileSync(path.join(temp.dir, file), text);
    };
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }));
    write('src/app/config.ts', 'export const port = 3978;\n');
    write('src/lib/bad.ts', "import { port } from '../app/config.ts';\nexport const twice = port * 2;\n");
    write('src/sources/a.ts', "import type { B } from './b.ts';\nexport interface A { b?: B }\n");
    write('src/sources/b.ts', "import type { A } from './a.ts';\nexport interface B { a?: A }\n");
    write('src/answering/tool.ts', 'export const tool = 1;\n');
    write('src/channels/teams.ts', "import { tool } from '../answering/tool.ts';\nexport const channel = tool;\n");
    write('src/lib/dutch/index.ts', "export { parse } from './parse.ts';\n");
    write('src/lib/dutch/parse.ts', 'export const parse = (text: string) => text.trim();\n');
    write('src/assistant/answer.ts', 'export type Language = string;\n');
    write('src/answering/data/deep.ts', "import { parse } from '../../lib/dutch/parse.ts';\nimport type { Language } from '../../assistant/answer.ts';\nexport const read = (text: string, language: Language) => parse(text) + language;\n");
    write('src/answering/data/face.ts', "import { parse } from '../../lib/dutch/index.ts';\nexport const read = (text: string) => parse(text);\n");

    const names = (await violationsIn(temp.dir)).map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'lib-imports-nothing-from-the-project: src/lib/bad.ts → src/app/config.ts',
        'channels-import-only-the-assistant: src/channels/teams.ts → src/answering/tool.ts',
        expect.stringMatching(/^no-circular: src\/sources\/[ab]\.ts → src\/sources\/[ab]\.ts$/),
        'other-folders-import-only-the-index: src/answering/data/deep.ts → src/lib/dutch/parse.ts',
        'a-layer-root-is-reached-through-its-index: src/answering/data/deep.ts → src/assistant/answer.ts',
      ]),
    );
    expect(names.filter((name) => name.includes('face.ts'))).toEqual([]);
  });
});
