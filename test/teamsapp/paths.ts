import path from 'node:path';

/** Locations shared by the Teams app package tests. */
export const PROJECT_DIR = path.resolve(import.meta.dirname, '..', '..');
export const APP_DIR = path.join(PROJECT_DIR, 'teamsapp');
export const EXAMPLE_BOT_ID = '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
export const EXAMPLE_TEAMS_APP_ID = '8d2e4c6a-1b3f-4a5e-9c7d-0e1f2a3b4c5d';
