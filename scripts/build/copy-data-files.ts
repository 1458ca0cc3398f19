/**
 * Part of `npm run build`: copies the data files the application reads next to its modules
 * (JSON read by path, such as src/sources/cbs/indicators/indicators.json) from src/ into dist/, which
 * tsc does not do for files that are not imported.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';

const projectDir = path.resolve(import.meta.dirname, '..', '..');
const srcDir = path.join(projectDir, 'src');
const distDir = path.join(projectDir, 'dist');

const dataFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));
for (const file of dataFiles) cpSync(path.join(srcDir, file), path.join(distDir, file));
console.log(`${dataFiles.length} data files copied to dist/`);
