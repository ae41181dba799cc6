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
};
