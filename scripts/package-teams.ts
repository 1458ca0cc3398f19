/**
 * `npm run package:teams`: builds teamsapp/build/appPackage.zip for uploading Stelselwijzer to Teams.
 * Placeholders in teamsapp/manifest.json come from the environment, .env in the project root and
 * .localConfigs (the credentials local debugging writes), in that order of precedence.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { buildTeamsPackage, TeamsPackageError } from './teams-package/build-package.ts';

const projectDir = path.resolve(import.meta.dirname, '..');
const appDir = path.join(projectDir, 'teamsapp');
const outFile = path.join(appDir, 'build', 'appPackage.zip');

for (const envFile of ['.env', '.localConfigs'].map((name) => path.join(projectDir, name))) {
  if (existsSync(envFile)) loadDotenv({ path: envFile, quiet: true });
}

try {
  const { manifest } = await buildTeamsPackage({ appDir, outFile, env: process.env });
  const bot = (manifest.bots as { botId: string }[])[0];
  console.log(`Teams-app-pakket geschreven: ${path.relative(process.cwd(), outFile) || outFile}`);
  console.log(`  app-id ${String(manifest.id)}, bot-id ${bot?.botId ?? '?'}, versie ${String(manifest.version)}`);
} catch (error) {
  if (error instanceof TeamsPackageError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
