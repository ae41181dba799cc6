// The editor data the build writes from custom-elements.json
// (scripts/editor-data.mjs): VS Code's custom HTML and CSS data, and the
// JetBrains web-types that package.json points at. Every tag and attribute of
// the manifest is there, boolean attributes take no value, and an attribute
// typed by an alias lists the alias's values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { dist, ensureDist, root } from './packaging-build.js';

interface Attribute {
  name: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}
interface VsCodeTag {
  name: string;
  description: { value: string };
  attributes: Array<{ name: string; valueSet?: string; values?: Array<{ name: string }> }>;
}
interface WebTypesElement {
  name: string;
  attributes: Array<{ name: string; value: { type: string } }>;
  events: Array<{ name: string }>;
  js: { events: Array<{ name: string }> };
  source: { module: string; symbol: string };
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const manifest = read<{ modules: Array<{ declarations?: Declaration[] }> }>(join(root, 'custom-elements.json'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const pkg = read<{ name: string; exports: Record<string, unknown>; 'web-types': string }>(join(root, 'package.json'));

let html: { tags: VsCodeTag[] };
let css: { properties: Array<{ name: string }>; pseudoElements: Array<{ name: string }> };
let webTypes: { name: string; contributions: { html: { elements: WebTypesElement[] } } };

before(
  async () => {
    await ensureDist();
    html = read(join(dist, 'vscode.html-custom-data.json'));
    css = read(join(dist, 'vscode.css-custom-data.json'));
    webTypes = read(join(root, pkg['web-types']));
  },
  { timeout: 180_000 },
);

test('package.json points web-types at the generated file in dist/', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(webTypes.name, pkg.name);
});

test('VS Code: every tag and attribute, with a description; booleans take no value; layout lists its values', () => {
  assert.deepEqual(html.tags.map((t) => t.name).sort(), tags.map((t) => t.tagName).sort());
  for (const decl of tags) {
    const tag = html.tags.find((t) => t.name === decl.tagName)!;
    assert.ok(tag.description.value.length > 40, `${decl.tagName} is described`);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      (decl.attributes ?? []).map((a) => a.name),
      `${decl.tagName}: the manifest's attributes`,
    );
    for (const attr of decl.attributes ?? [])
      assert.equal(
        tag.attributes.find((a) => a.name === attr.name)!.valueSet === 'v',
        attr.type?.text === 'boolean',
        `${decl.tagName} ${attr.name}: a value only when not boolean`,
      );
    for (const event of decl.events ?? []) assert.match(tag.description.value, new RegExp(`\`${event.name}\``));
  }
  const layout = html.tags.find((t) => t.name === 'folio-related-posts')!.attributes.find((a) => a.name === 'layout');
  assert.deepEqual(
    layout?.values?.map((v) => v.name),
    ['list', 'compact', 'grid'],
  );
});

test('VS Code CSS: the tags custom properties and parts', () => {
  const names = new Set(css.properties.map((p) => p.name));
  assert.ok(names.has('--folio-color-accent'));
  assert.ok([...names].every((n) => n.startsWith('--folio-')));
  const parts = new Set(css.pseudoElements.map((p) => p.name));
  for (const decl of tags) for (const part of decl.cssParts ?? []) assert.ok(parts.has(`::part(${part.name})`));
});

test('JetBrains web-types: every tag with its attributes, events and the entry that exports its class', () => {
  const elements = webTypes.contributions.html.elements;
  assert.deepEqual(elements.map((e) => e.name).sort(), tags.map((t) => t.tagName).sort());
  for (const decl of tags) {
    const element = elements.find((e) => e.name === decl.tagName)!;
    assert.deepEqual(
      element.attributes.map((a) => a.name),
      (decl.attributes ?? []).map((a) => a.name),
    );
    assert.deepEqual(
      element.events.map((e) => e.name),
      (decl.events ?? []).map((e) => e.name),
    );
    assert.deepEqual(element.js.events, element.events);
    // The module a JetBrains IDE imports the class from is a real entry of the package.
    assert.ok(`./${element.source.module.replace(`${pkg.name}/`, '')}` in pkg.exports, element.source.module);
  }
  const layout = elements.find((e) => e.name === 'folio-related-posts')!.attributes.find((a) => a.name === 'layout');
  assert.equal(layout?.value.type, "'list' | 'compact' | 'grid'");
});
