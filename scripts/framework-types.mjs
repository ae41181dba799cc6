// Generates the framework typings from custom-elements.json, so that a tag's
// attributes, properties and events are typed in React 19, Preact, Vue and
// Svelte without anyone writing them by hand per tag:
//   <out>/types/frameworks/{react,preact,vue,svelte}.d.ts   the typings
//   <out>/frameworks/{react,preact,vue,svelte}.js           empty modules, so that
//                                                           `import 'folio-elements/react'` also resolves at run time
// `node scripts/framework-types.mjs [--out dist] [--manifest custom-elements.json]`;
// scripts/build.mjs calls it at the end of the build.
//
// What each key means, and why it is typed the way it is:
// - a property (camelCase, e.g. `items`, `prevHref`) has the field's own type:
//   React 19, Preact, Vue and Svelte all set a property when the element has
//   one (`key in element`), so `items={[…]}` reaches the property untouched;
// - an attribute spelled differently from its property (kebab-case, e.g.
//   `prev-href`) is set with setAttribute, so it takes what an attribute can
//   hold: a string (or a string union), `true`/`false` for boolean attributes,
//   a number or a numeric string for numeric ones;
// - an event `folio-x` is the key `onfolio-x` in React 19, Preact and Svelte 5
//   (each adds a listener for the name after `on`, dashes kept) and `onFolioX`
//   in Vue (`@folio-x` in a template). Its detail type is the one the manifest
//   names (`@fires {CustomEvent<T>} folio-x`), else the type the tag's entry
//   exports under the event's name (`FolioXDetail` or `XDetail`); an event with
//   neither stops the build.
// A type name the tag's entry does not export (and that is not a global such as
// HTMLElement or fetch) cannot be imported by a user, so that key is `unknown`.
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';

export const FRAMEWORKS = ['react', 'preact', 'vue', 'svelte'];

/** The tags of a manifest, with what their entry module (`dist/<folder>.js`, folio-elements/<folder>) exports. */
export function readTags(manifest) {
  const exportsOf = new Map(manifest.modules.map((m) => [m.path, new Set((m.exports ?? []).map((e) => e.name))]));
  const tags = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const folder = mod.path.split('/')[1];
      const entry = `dist/${folder}.js`;
      if (!exportsOf.has(entry)) continue; // a tag without a public entry cannot be imported, so it is not typed
      tags.push({
        tag: decl.tagName,
        className: decl.name,
        folder,
        description: decl.summary ?? decl.description ?? '',
        exported: exportsOf.get(entry),
        decl,
      });
    }
  }
  return tags.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Identifiers the DOM and ES libs declare globally (types and values, e.g. `HTMLElement`, `fetch`). */
export function libGlobals() {
  const dir = mkdtempSync(join(tmpdir(), 'folio-globals-'));
  try {
    const file = join(dir, 'probe.ts');
    writeFileSync(file, 'export {};\n');
    const program = ts.createProgram([file], {
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      noEmit: true,
      types: [],
    });
    const symbols = program
      .getTypeChecker()
      .getSymbolsInScope(program.getSourceFile(file), ts.SymbolFlags.Type | ts.SymbolFlags.Value);
    return new Set(symbols.map((s) => s.name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The leftmost identifiers a type text refers to (`Array<RelatedItem>` → Array, RelatedItem; `typeof fetch` → fetch). */
function referencedNames(text) {
  const source = ts.createSourceFile('t.ts', `type __T = ${text};`, ts.ScriptTarget.Latest);
  const names = new Set();
  const leftmost = (n) =>
    ts.isQualifiedName(n) ? leftmost(n.left) : ts.isPropertyAccessExpression(n) ? leftmost(n.expression) : n.text;
  const visit = (node) => {
    if (ts.isTypeReferenceNode(node)) names.add(leftmost(node.typeName));
    if (ts.isTypeQueryNode(node)) names.add(leftmost(node.exprName));
    if (ts.isExpressionWithTypeArguments?.(node)) names.add(leftmost(node.expression));
    ts.forEachChild(node, visit);
  };
  visit(source);
  names.delete('__T');
  return names;
}

/**
 * A type text a user's code can see: its names imported from the tag's entry
 * (recorded in `imports`), or globals. Anything else becomes `unknown`.
 */
function usableType(text, tag, globals, imports) {
  if (!text) return 'unknown';
  const names = referencedNames(text);
  for (const name of names) if (!tag.exported.has(name) && !globals.has(name)) return 'unknown';
  for (const name of names) if (tag.exported.has(name) && !globals.has(name)) imports.add(name);
  return text;
}

/** Splits a union type text at its top level (`'a' | 'b' | undefined` → three parts). */
function unionParts(text) {
  const node = ts.createSourceFile('t.ts', `type __T = ${text};`, ts.ScriptTarget.Latest).statements[0].type;
  const src = `type __T = ${text};`;
  const parts = ts.isUnionTypeNode(node) ? node.types : [node];
  return parts.map((p) => src.slice(p.pos, p.end).trim());
}

/** What an attribute can hold, from its property's type: strings stay, booleans stay, numbers also accept numeric strings. */
function attributeType(text) {
  if (text === 'unknown') return 'string';
  const out = new Set();
  for (const part of unionParts(text)) {
    if (part === 'undefined' || part === 'null') continue;
    if (part === 'number') {
      out.add('number');
      out.add('`${number}`');
    } else if (part === 'boolean' || part === 'string' || /^(['"`]).*\1$/.test(part) || /^\d/.test(part)) out.add(part);
    else if (/^[A-Z]\w*$/.test(part))
      out.add(part); // a named alias, e.g. RelatedLayout: a string union in every tag that uses one
    else return 'string';
  }
  return out.size ? [...out].join(' | ') : 'string';
}

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());

/** The typed keys of one tag: properties, attributes and events, each with its description. */
export function tagKeys(tag, globals) {
  const imports = new Set();
  const { decl } = tag;
  const fields = (decl.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      !m.readonly &&
      (m.privacy ?? 'public') === 'public' &&
      !m.name.startsWith('_') &&
      !m.name.startsWith('#'),
  );
  const fieldType = new Map();
  const properties = [];
  for (const f of fields) {
    const attr = (decl.attributes ?? []).find((a) => a.fieldName === f.name);
    const type = usableType(f.type?.text ?? attr?.type?.text, tag, globals, imports);
    fieldType.set(f.name, type);
    properties.push({ key: f.name, type, description: f.description ?? '' });
  }
  const attributes = [];
  for (const a of decl.attributes ?? []) {
    if (a.fieldName === a.name) continue; // the property of the same name covers it
    const propType =
      a.fieldName && fieldType.has(a.fieldName)
        ? fieldType.get(a.fieldName)
        : usableType(a.type?.text, tag, globals, imports);
    attributes.push({ key: a.name, type: attributeType(propType), description: a.description ?? '' });
  }
  const events = (decl.events ?? [])
    .filter((e) => e.name)
    .map((e) => {
      const base = pascal(e.name);
      const named = [`${base}Detail`, `${base.replace(/^Folio/, '')}Detail`].find((n) => tag.exported.has(n));
      let type = e.type?.text ? usableType(e.type.text, tag, globals, imports) : 'unknown';
      if (type === 'unknown' && named) {
        imports.add(named);
        type = `CustomEvent<${named}>`;
      }
      // An event whose detail nobody can type is a listener that cannot read it: stop the build instead.
      if (type === 'unknown')
        throw new Error(
          `framework-types: <${tag.tag}>'s ${e.name} has no detail type: export ${base}Detail or ` +
            `${base.replace(/^Folio/, '')}Detail from src/${tag.folder}/class.ts, or write @fires {CustomEvent<T>} ${e.name}`,
        );
      return { name: e.name, type, description: e.description ?? '' };
    });
  const element = tag.exported.has(tag.className) ? tag.className : 'HTMLElement';
  if (element !== 'HTMLElement') imports.add(element);
  return { properties, attributes, events, element, imports };
}

const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
const quoteKey = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);

/** One interface per tag with its keys; `eventKey` names an event's handler key for the framework. */
function propsInterface(name, keys, eventKey) {
  const lines = [];
  for (const p of [...keys.properties, ...keys.attributes])
    lines.push(`${doc(p.description, '  ')}  ${quoteKey(p.key)}?: ${p.type};`);
  for (const e of keys.events)
    lines.push(`${doc(e.description, '  ')}  ${quoteKey(eventKey(e.name))}?: (event: ${e.type}) => void;`);
  return `export interface ${name} {\n${lines.join('\n')}\n}`;
}

/** The text of one framework's typings. `importFrom(folder)` is the specifier of a tag's entry. */
export function frameworkTypes(framework, tags, globals, importFrom) {
  const keysOf = tags.map((tag) => ({ tag, keys: tagKeys(tag, globals) }));
  const imports = keysOf
    .filter(({ keys }) => keys.imports.size)
    .map(({ tag, keys }) => `import type { ${[...keys.imports].sort().join(', ')} } from '${importFrom(tag.folder)}';`);
  const seen = new Map();
  for (const { tag, keys } of keysOf)
    for (const name of keys.imports) {
      if (seen.has(name) && seen.get(name) !== tag.folder)
        throw new Error(`framework-types: ${name} is exported by both ${seen.get(name)} and ${tag.folder}; rename one`);
      seen.set(name, tag.folder);
    }
  const iface = (tag) => `${pascal(tag.tag)}${framework === 'vue' ? 'Props' : 'Attributes'}`;
  const eventKey = framework === 'vue' ? (name) => `on${pascal(name)}` : (name) => `on${name}`;
  const interfaces = keysOf.map(
    ({ tag, keys }) =>
      `${doc(`\`<${tag.tag}>\`: its properties, the attributes spelled differently from them, and its events.`, '')}${propsInterface(iface(tag), keys, eventKey)}`,
  );
  const header = `// Generated by scripts/framework-types.mjs from custom-elements.json: do not edit.\n`;
  const entries = (wrap) =>
    keysOf
      .map(({ tag, keys }) => `${doc(tag.description, '      ')}      '${tag.tag}': ${wrap(iface(tag), keys.element)};`)
      .join('\n');
  switch (framework) {
    case 'react':
      return (
        `${header}import type { ClassAttributes, HTMLAttributes } from 'react';\n${imports.join('\n')}\n\n${interfaces.join('\n\n')}\n\n` +
        `/** React 19 sets a known property (\`key in element\`) as a property, anything else as an attribute; \`onfolio-x\` listens to \`folio-x\`. */\n` +
        `type FolioElementProps<P, E extends HTMLElement> = ClassAttributes<E> & Omit<HTMLAttributes<E>, keyof P> & P;\n\n` +
        `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${entries((p, e) => `FolioElementProps<${p}, ${e}>`)}\n    }\n  }\n}\n`
      );
    case 'preact':
      return (
        `${header}import type { JSX } from 'preact';\n${imports.join('\n')}\n\n${interfaces.join('\n\n')}\n\n` +
        `/** Preact sets a known property (\`key in element\`) as a property, anything else as an attribute; \`onfolio-x\` listens to \`folio-x\`. */\n` +
        `type FolioElementProps<P, E extends HTMLElement> = Omit<JSX.HTMLAttributes<E>, keyof P> & P;\n\n` +
        `declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n${entries((p, e) => `FolioElementProps<${p}, ${e}>`)}\n    }\n  }\n}\n`
      );
    case 'svelte':
      return (
        `${header}import type { HTMLAttributes } from 'svelte/elements';\n${imports.join('\n')}\n\n${interfaces.join('\n\n')}\n\n` +
        `/** Svelte 5 sets a known property (\`key in element\`) as a property, anything else as an attribute; \`onfolio-x\` listens to \`folio-x\`. */\n` +
        `type FolioElementProps<P, E extends HTMLElement> = Omit<HTMLAttributes<E>, keyof P> & P;\n\n` +
        `declare module 'svelte/elements' {\n  export interface SvelteHTMLElements {\n${entries((p, e) => `FolioElementProps<${p}, ${e}>`).replace(/^ {2}/gm, '')}\n  }\n}\n`
      );
    case 'vue':
      return (
        `${header}import type { DefineComponent } from 'vue';\n${imports.join('\n')}\n\n${interfaces.join('\n\n')}\n\n` +
        `// Vue compiles \`@folio-x\` to the prop \`onFolioX\` and sets a known property (\`key in element\`) as a property.\n` +
        `// Tell its compiler that folio- tags are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('folio-').\n` +
        `declare module 'vue' {\n  interface GlobalComponents {\n${entries((p) => `DefineComponent<${p}>`).replace(/^ {2}/gm, '')}\n  }\n}\n`
      );
    default:
      throw new Error(`framework-types: unknown framework ${framework}`);
  }
}

/** Writes every framework's typings and run-time stub under `out`. */
export function writeFrameworkTypes({
  out = 'dist',
  manifest = 'custom-elements.json',
  importFrom = (folder) => `../${folder}/define.js`,
} = {}) {
  const tags = readTags(JSON.parse(readFileSync(manifest, 'utf8')));
  if (!tags.length) throw new Error(`framework-types: no tags with an entry module in ${manifest}`);
  const globals = libGlobals();
  const written = [];
  for (const framework of FRAMEWORKS) {
    const dts = join(out, 'types', 'frameworks', `${framework}.d.ts`);
    const js = join(out, 'frameworks', `${framework}.js`);
    for (const file of [dts, js]) mkdirSync(dirname(file), { recursive: true });
    writeFileSync(dts, frameworkTypes(framework, tags, globals, importFrom));
    writeFileSync(
      js,
      `// Types only: see types/frameworks/${framework}.d.ts. Importing this module registers nothing.\nexport {};\n`,
    );
    written.push(dts, js);
  }
  return { tags: tags.map((t) => t.tag), written };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { tags, written } = writeFrameworkTypes({
    out: arg('--out', 'dist'),
    manifest: arg('--manifest', 'custom-elements.json'),
  });
  console.log(`framework types for ${tags.length} tags: ${written.filter((f) => f.endsWith('.d.ts')).join(', ')}`);
}
