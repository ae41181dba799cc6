// custom-elements.json: the machine-readable documentation of every tag
// (attributes, properties, events, slots, parts, CSS properties and states),
// read by Storybook's docs and controls and by editors. Generated, committed,
// and checked for freshness in CI.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/server/**', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them,
      // which differs between clones; sort them so the file is reproducible
      // and CI's freshness check compares content, not directory order.
      name: 'folio-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
