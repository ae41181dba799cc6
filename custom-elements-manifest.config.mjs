// custom-elements.json: the machine-readable documentation of every tag
// (attributes, properties, events, slots, parts, CSS properties and states),
// read by Storybook's docs and controls, by the framework typings and by
// editors. Generated, committed, and checked for freshness in CI.
//
// The analyzer reads src/, but the manifest describes the package as
// installed: its modules are the files a site imports (dist/<tag>/class.js,
// dist/<tag>.js, dist/index.js), never src/*.ts, which does not ship.
import { readFileSync } from 'node:fs';

/**
 * The manifest of the published package, from the analyzer's one of src/:
 * for each tag, its class entry (the class's declaration and everything the
 * entry exports) and its defining entry (the same exports, and the tags it
 * registers); then dist/index.js, which re-exports every defining entry.
 * Internal modules are left out: nobody can import them.
 */
export function publicModules(modules) {
  const byPath = new Map(modules.map((m) => [m.path, m]));
  // By folder: the analyzer lists modules in the order the file system returns them, which differs
  // between clones, and dist/index.js's exports follow this order.
  const tags = modules
    .flatMap((mod) =>
      (mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((decl) => ({ folder: mod.path.split('/')[1], decl })),
    )
    .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  const classPath = (folder) => `dist/${folder}/class.js`;
  const definition = (folder) => {
    const { decl } = tags.find((t) => t.folder === folder);
    return {
      kind: 'custom-element-definition',
      name: decl.tagName,
      declaration: { name: decl.name, module: classPath(folder) },
    };
  };
  const result = [];
  for (const { folder, decl } of tags) {
    const entry = byPath.get(`src/${folder}/class.ts`);
    if (!entry) throw new Error(`<${decl.tagName}> has no class entry: src/${folder}/class.ts`);
    const exports = entry.exports.map((e) => ({
      kind: 'js',
      name: e.name,
      declaration: { name: e.name, module: classPath(folder) },
    }));
    result.push({ kind: 'javascript-module', path: classPath(folder), declarations: [decl], exports });
    // A defining entry registers its tag, and the tags it imports the defining entries of (the article's headings).
    const registered = [
      folder,
      ...[...readFileSync(`src/${folder}/define.ts`, 'utf8').matchAll(/^import '\.\.\/([a-z-]+)\/define\.js';/gm)].map(
        (m) => m[1],
      ),
    ];
    result.push({
      kind: 'javascript-module',
      path: `dist/${folder}.js`,
      declarations: [],
      exports: [...exports, ...registered.map(definition)],
    });
  }
  result.push({
    kind: 'javascript-module',
    path: 'dist/index.js',
    declarations: [],
    exports: tags.map(({ folder }) => ({
      kind: 'js',
      name: '*',
      declaration: { name: '*', module: `dist/${folder}.js` },
    })),
  });
  // Sorted by path: the analyzer lists modules in the order the file system returns them, which
  // differs between clones, and CI's freshness check compares content, not directory order.
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Writes out an attribute typed by a union of string literals through an alias
 * (`layout: RelatedLayout`) as the union itself (`'list' | 'compact' | 'grid'`),
 * so that every reader of the manifest sees the values an attribute takes:
 * Storybook offers them in a select, editors complete them. Properties keep
 * the alias, which the package exports for TypeScript users.
 */
export function stringUnionAliases() {
  const aliases = new Map();
  return {
    name: 'folio-string-union-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const values = node.type.types.map((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : undefined,
      );
      if (values.every((v) => v !== undefined)) aliases.set(node.name.text, values.map((v) => `'${v}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? [])
          for (const attribute of decl.attributes ?? []) {
            const text = attribute.type?.text;
            // A new object: the analyzer shares one type object between an attribute and its property.
            if (text)
              attribute.type = {
                ...attribute.type,
                text: text
                  .split(' | ')
                  .map((part) => aliases.get(part) ?? part)
                  .join(' | '),
              };
          }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/server/**', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    stringUnionAliases(),
    {
      name: 'folio-public-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules = publicModules(customElementsManifest.modules);
      },
    },
  ],
};
