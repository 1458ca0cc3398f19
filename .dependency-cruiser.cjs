/**
 * The layers of src/ and the one direction imports may point (README, "Architecture"):
 *
 *   app → channels | answering → assistant → sources | storage → lib
 *
 * Checked by `npm run lint` and by test/architecture/layers.test.ts (so `npm test` fails on an
 * upward import too). Each rule names the folders a layer must not import.
 */
const layer = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle, even of types only, means two modules are one concept or one depends on a detail of the other.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lib-imports-nothing-from-the-project',
      severity: 'error',
      comment: 'lib/ is the floor: Dutch text, gemeenten, errors, small helpers. It knows no other layer.',
      from: { path: layer('lib') },
      to: { path: '^src/', pathNot: layer('lib') },
    },
    {
      name: 'sources-know-nothing-of-the-assistant',
      severity: 'error',
      comment: 'sources/ (knowledge, CBS, registrations, calculators) import only sources/ and lib/.',
      from: { path: layer('sources') },
      to: { path: '^src/(app|channels|answering|assistant|storage)/' },
    },
    {
      name: 'storage-imports-only-lib',
      severity: 'error',
      comment: 'storage/ keeps conversation state and feedback; it imports only storage/ and lib/.',
      from: { path: layer('storage') },
      to: { path: '^src/(app|channels|answering|assistant|sources)/' },
    },
    {
      name: 'assistant-does-not-import-answering-or-up',
      severity: 'error',
      comment: 'The assistant names what it needs in assistant/ports.ts; answering/ implements it and app/ wires it.',
      from: { path: layer('assistant') },
      to: { path: '^src/(app|channels|answering)/' },
    },
    {
      name: 'answering-does-not-import-channels-or-app',
      severity: 'error',
      from: { path: layer('answering') },
      to: { path: '^src/(app|channels)/' },
    },
    {
      name: 'channels-import-only-the-assistant',
      severity: 'error',
      comment: 'A channel (Teams, HTTP, presentation) talks to the assistant, never to answering/ or sources/.',
      from: { path: layer('channels') },
      to: { path: '^src/(app|answering|sources)/' },
    },
    {
      name: 'channels-import-only-storage-types',
      severity: 'error',
      comment: 'Channels get their stores from app/; they may name the store types, not open stores.',
      from: { path: layer('channels') },
      to: { path: layer('storage'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'other-folders-import-only-the-index',
      severity: 'error',
      comment: "Each folder's index.ts is its public face; from another folder, import that, not a file behind it.",
      from: { path: '^src/([^/]+/[^/]+)/' },
      to: { path: '^src/[^/]+/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/[^/]+/index\\.ts$'] },
    },
    {
      name: 'layer-root-files-import-only-the-index',
      severity: 'error',
      comment: 'The same rule for the files at the root of a layer (assistant/, storage/, lib/, app/).',
      from: { path: '^src/[^/]+/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/[^/]+/', pathNot: ['^src/[^/]+/[^/]+/index\\.ts$'] },
    },
    {
      name: 'a-layer-root-is-reached-through-its-index',
      severity: 'error',
      comment: "A layer's root files (assistant/answer.ts, lib/language.ts) are imported through the layer's index.ts from other folders.",
      from: { path: '^src/([^/]+/[^/]+)/' },
      to: { path: '^src/[^/]+/[^/]+\\.ts$', pathNot: ['^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'another-layer-root-is-reached-through-its-index',
      severity: 'error',
      from: { path: '^src/([^/]+)/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/[^/]+\\.ts$', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
