/**
 * The layers of src/ and the one direction imports may point (README, "Architecture"):
 *
 *   app → channels | answering → assistant → sources | storage → lib
 *
 * Checked by `npm run lint` and by test/architecture/layers.test.ts (so `npm test` fails on an
 * upward import too). Each layer rule names the folders a layer must not import.
 */
const layer = (name) => `^src/${name}/`;
/** A folder's face: src/<layer>/<folder>/index.ts, or a layer's own src/<layer>/index.ts. */
const FOLDER_INDEX = '^src/[^/]+/[^/]+/index\\.ts$';
const LAYER_INDEX = '^src/[^/]+/index\\.ts$';
/** A file at the root of a layer (src/assistant/answer.ts), and a file inside a folder of one. */
const LAYER_ROOT_FILE = '^src/[^/]+/[^/]+\\.ts$';
const IN_A_FOLDER = '^src/[^/]+/[^/]+/';

/** An error when a module matching `from` imports one matching `to`. */
const forbid = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    forbid(
      'no-circular',
      'A circle, even of types only, means two modules are one concept or one depends on a detail of the other.',
      { path: '^src/' },
      { circular: true },
    ),
    forbid(
      'lib-imports-nothing-from-the-project',
      'lib/ is the floor: Dutch text, gemeenten, errors, small helpers. It knows no other layer.',
      { path: layer('lib') },
      { path: '^src/', pathNot: layer('lib') },
    ),
    forbid(
      'sources-know-nothing-of-the-assistant',
      'sources/ (knowledge, CBS, registrations, calculators) import only sources/ and lib/.',
      { path: layer('sources') },
      { path: '^src/(app|channels|answering|assistant|storage)/' },
    ),
    forbid(
      'storage-imports-only-lib',
      'storage/ keeps conversation state and feedback; it imports only storage/ and lib/.',
      { path: layer('storage') },
      { path: '^src/(app|channels|answering|assistant|sources)/' },
    ),
    forbid(
      'assistant-does-not-import-answering-or-up',
      'The assistant names what it needs in assistant/ports.ts; answering/ implements it and app/ wires it.',
      { path: layer('assistant') },
      { path: '^src/(app|channels|answering)/' },
    ),
    forbid('answering-does-not-import-channels-or-app', 'answering/ serves the assistant; app/ wires it.', { path: layer('answering') }, { path: '^src/(app|channels)/' }),
    forbid(
      'channels-import-only-the-assistant',
      'A channel (Teams, HTTP, presentation) talks to the assistant, never to answering/ or sources/.',
      { path: layer('channels') },
      { path: '^src/(app|answering|sources)/' },
    ),
    forbid(
      'channels-import-only-storage-types',
      'Channels get their stores from app/; they may name the store types, not open stores.',
      { path: layer('channels') },
      { path: layer('storage'), dependencyTypesNot: ['type-only'] },
    ),
    // Each folder's index.ts is its public face: from another folder, import that, not a file behind it.
    forbid('other-folders-import-only-the-index', 'From a folder into another folder.', { path: '^src/([^/]+/[^/]+)/' }, { path: IN_A_FOLDER, pathNot: ['^src/$1/', FOLDER_INDEX] }),
    forbid('layer-root-files-import-only-the-index', "From a layer's root file into a folder.", { path: LAYER_ROOT_FILE }, { path: IN_A_FOLDER, pathNot: [FOLDER_INDEX] }),
    forbid('a-layer-root-is-reached-through-its-index', "From a folder to a layer's root file.", { path: '^src/([^/]+/[^/]+)/' }, { path: LAYER_ROOT_FILE, pathNot: [LAYER_INDEX] }),
    forbid('another-layer-root-is-reached-through-its-index', "From a layer's root file to another layer's.", { path: '^src/([^/]+)/[^/]+\\.ts$' }, { path: LAYER_ROOT_FILE, pathNot: ['^src/$1/', LAYER_INDEX] }),
    forbid('src-does-not-import-tests', 'The application never reaches into tests, benchmarks or scripts.', { path: '^src/' }, { path: '^(test|bench|scripts)/' }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
