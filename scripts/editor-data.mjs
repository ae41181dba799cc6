// Editor data, generated from custom-elements.json, so that the templates
// where these tags are written by hand (plain HTML, PHP, Jinja, any server's
// templates) complete tag names, attributes and their values, and show each
// one's documentation:
//   <out>/vscode.html-custom-data.json  VS Code: tags, attributes, values ("html.customData")
//   <out>/vscode.css-custom-data.json   VS Code: the --folio-* properties, ::part() and :state() names ("css.customData")
//   <out>/web-types.json                JetBrains IDEs (WebStorm, PhpStorm, PyCharm): package.json "web-types"
// `node scripts/editor-data.mjs [--out dist] [--manifest custom-elements.json]`;
// scripts/build.mjs runs it after the types, which it reads to list the values
// of an attribute typed by an alias (`layout: RelatedLayout`).
//
// Written here rather than with the analyzer's plugins
// (custom-element-vs-code-integration, custom-element-jet-brains-integration):
// both format their output through @prettier/sync, which hangs on this
// machine's Node 20 (a synchronous worker that never answers).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The tags of the manifest, each with its declaration and the folder of its entry. */
function tagsOf(manifest) {
  return manifest.modules
    .flatMap((mod) =>
      (mod.declarations ?? [])
        .filter((d) => d.customElement && d.tagName)
        .map((decl) => ({ decl, folder: mod.path.split('/')[1] })),
    )
    .sort((a, b) => a.decl.tagName.localeCompare(b.decl.tagName));
}

/**
 * The string values a type allows, when it is a union of string literals
 * (`'list' | 'compact' | 'grid'`, written out or through an alias the tag's
 * class entry exports), else none. Aliases are resolved by TypeScript from the
 * built types in `<out>/types`.
 */
function valueResolver(out) {
  const probes = [];
  const resolved = new Map();
  return {
    add(text, folder) {
      const key = `${folder}:${text}`;
      if (resolved.has(key)) return;
      resolved.set(key, []);
      probes.push({ key, text, folder });
    },
    resolve() {
      if (!probes.length) return;
      const file = join(out, 'types', '__editor-data-probe.ts');
      const lines = probes.map(
        (p, i) => `import type * as M${i} from './${p.folder}/class.js';\nexport type T${i} = ${qualified(p.text, i)};`,
      );
      writeFileSync(file, lines.join('\n'));
      try {
        const program = ts.createProgram([file], { strict: true, noEmit: true, types: [], skipLibCheck: true });
        const checker = program.getTypeChecker();
        const source = program.getSourceFile(file);
        const aliases = source.statements.filter(ts.isTypeAliasDeclaration);
        probes.forEach((p, i) => {
          const type = checker.getTypeAtLocation(aliases[i].name);
          const parts = (type.isUnion() ? type.types : [type]).filter(
            (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)),
          );
          if (parts.length && parts.every((t) => t.isStringLiteral()))
            resolved.set(
              p.key,
              parts.map((t) => t.value),
            );
        });
      } finally {
        rmSync(file, { force: true });
      }
    },
    values: (text, folder) => resolved.get(`${folder}:${text}`) ?? [],
  };
}

/** A type text with its named types read from the class entry's namespace (`RelatedLayout` → `M0.RelatedLayout`). */
function qualified(text, i) {
  return text.replace(/(^|[^.\w'"])([A-Z]\w*)/g, (_, before, name) => `${before}M${i}.${name}`);
}

const isBoolean = (attr) => attr.type?.text === 'boolean';
const typeText = (attr) => (attr.type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)\b/g, '');

/** The tag's documentation as markdown: its description, then its events, slots, parts, custom properties and states. */
function tagMarkdown(decl) {
  const section = (title, items, name = (i) => `\`${i.name}\``) =>
    items?.length
      ? `\n\n**${title}:**\n${items.map((i) => `- ${i.name ? name(i) : '(default)'}${i.description ? ` — ${i.description.replace(/\s*\n\s*/g, ' ')}` : ''}`).join('\n')}`
      : '';
  return (
    `${decl.description ?? decl.summary ?? ''}` +
    section('Events', decl.events) +
    section('Slots', decl.slots) +
    section('CSS parts', decl.cssParts, (i) => `::part(${i.name})`) +
    section('CSS custom properties', decl.cssProperties) +
    section('Custom states', decl.cssStates, (i) => `:state(${i.name})`)
  ).trim();
}

/** The three files' contents for a manifest; `out` holds the built types. */
export function editorData(manifest, { out = 'dist', name, version } = {}) {
  const tags = tagsOf(manifest);
  const values = valueResolver(out);
  for (const { decl, folder } of tags) for (const a of decl.attributes ?? []) values.add(typeText(a), folder);
  values.resolve();

  const html = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: tags.map(({ decl, folder }) => ({
      name: decl.tagName,
      description: { kind: 'markdown', value: tagMarkdown(decl) },
      attributes: (decl.attributes ?? []).map((a) => ({
        name: a.name,
        description: { kind: 'markdown', value: `${a.description ?? ''}\n\n\`${typeText(a)}\``.trim() },
        ...(isBoolean(a)
          ? { valueSet: 'v' }
          : values.values(typeText(a), folder).length
            ? { values: values.values(typeText(a), folder).map((v) => ({ name: v })) }
            : {}),
      })),
    })),
  };

  const byName = (list) => [...new Map(list.map((i) => [i.name, i])).values()];
  const css = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: byName(
      tags.flatMap(({ decl }) =>
        (decl.cssProperties ?? []).map((p) => ({
          name: p.name,
          description: `${p.description ?? ''} (<${decl.tagName}>${tagsUsing(tags, 'cssProperties', p.name, decl)})`,
        })),
      ),
    ),
    pseudoElements: byName(
      tags.flatMap(({ decl }) =>
        (decl.cssParts ?? []).map((p) => ({
          name: `::part(${p.name})`,
          description: `${p.description ?? ''} (<${decl.tagName}>${tagsUsing(tags, 'cssParts', p.name, decl)})`,
        })),
      ),
    ),
    pseudoClasses: byName(
      tags.flatMap(({ decl }) =>
        (decl.cssStates ?? []).map((s) => ({
          name: `:state(${s.name})`,
          description: `${s.description ?? ''} (<${decl.tagName}>${tagsUsing(tags, 'cssStates', s.name, decl)})`,
        })),
      ),
    ),
  };

  const webTypes = {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: tags.map(({ decl, folder }) => ({
          name: decl.tagName,
          description: tagMarkdown(decl),
          source: { module: `${name}/${folder}`, symbol: decl.name },
          attributes: (decl.attributes ?? []).map((a) => {
            const allowed = values.values(typeText(a), folder);
            return {
              name: a.name,
              description: a.description ?? '',
              value: {
                type: isBoolean(a)
                  ? 'boolean'
                  : allowed.length
                    ? allowed.map((v) => `'${v}'`).join(' | ')
                    : typeText(a),
                ...(a.default !== undefined && a.default !== 'undefined' ? { default: a.default } : {}),
              },
            };
          }),
          slots: (decl.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          events: (decl.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          js: {
            properties: (decl.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
              .map((m) => ({ name: m.name, description: m.description ?? '', type: m.type?.text ?? 'unknown' })),
            events: (decl.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
        })),
      },
      css: {
        properties: css.properties.map((p) => ({ name: p.name, description: p.description })),
      },
    },
  };
  return { html, css, webTypes };
}

/** ", <folio-x>, <folio-y>": the other tags that document the same property, part or state. */
function tagsUsing(tags, key, name, self) {
  const others = tags.filter(({ decl }) => decl !== self && (decl[key] ?? []).some((i) => i.name === name));
  return others.map(({ decl }) => `, <${decl.tagName}>`).join('');
}

/** Writes the three files into `out`; returns their paths. */
export function writeEditorData({ out = 'dist', manifest = 'custom-elements.json', pkg = 'package.json' } = {}) {
  const { name, version } = JSON.parse(readFileSync(pkg, 'utf8'));
  const data = editorData(JSON.parse(readFileSync(manifest, 'utf8')), { out, name, version });
  mkdirSync(out, { recursive: true });
  const files = {
    'vscode.html-custom-data.json': data.html,
    'vscode.css-custom-data.json': data.css,
    'web-types.json': data.webTypes,
  };
  for (const [file, json] of Object.entries(files))
    writeFileSync(join(out, file), `${JSON.stringify(json, null, 2)}\n`);
  return Object.keys(files).map((file) => join(out, file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (flag, fallback) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  console.log(
    `editor data: ${writeEditorData({ out: arg('--out', 'dist'), manifest: arg('--manifest', 'custom-elements.json') }).join(', ')}`,
  );
}
