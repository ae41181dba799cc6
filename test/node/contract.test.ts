// docs/contract.md, the public contract in words, names everything that
// custom-elements.json (the contract for machines) lists: each tag, and in the
// tag's own section every attribute, event (with its detail type), named slot,
// part, custom state and CSS property of its own. A tag that gains a public
// name without a word in the contract fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { root } from './packaging-build.js';

interface Named {
  name: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssStates?: Named[];
  cssProperties?: Named[];
}

const contract = readFileSync(join(root, 'docs/contract.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: Named[] }>;
};
const tags = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((decl) => ({ decl, folder: m.path.split('/')[1]! })),
);
/** States every shadow-DOM tag has, described once for all in "What every tag does the same way". */
const THEME_STATES = ['light', 'dark', 'auto'];

/** The text of the tag's own section: from its `### <tag>` heading to the next heading of that level or above. */
function section(tag: string): string {
  const start = contract.indexOf(`\n### ${tag}\n`);
  assert.ok(start >= 0, `docs/contract.md has a section "### ${tag}"`);
  const end = contract.slice(start + 1).search(/\n##?#? /);
  return end < 0 ? contract.slice(start) : contract.slice(start, start + 1 + end);
}

test('the contract lists every tag with its class and entry', () => {
  assert.ok(tags.length >= 6);
  for (const { decl, folder } of tags) {
    assert.match(contract, new RegExp(`\`<${decl.tagName}>\`\\s*\\|\\s*\`${decl.name}\``), decl.tagName);
    assert.ok(contract.includes(`\`folio-elements/${folder}\``), `folio-elements/${folder}`);
  }
});

describe('each tag section names its public surface', () => {
  for (const { decl, folder } of tags) {
    test(`<${decl.tagName}>`, () => {
      const text = section(decl.tagName!);
      const missing: string[] = [];
      const need = (what: string, found: boolean) => void (found || missing.push(what));
      for (const { name } of decl.attributes ?? []) need(`attribute ${name}`, text.includes(`\`${name}\``));
      const exported = new Set(
        manifest.modules.find((m) => m.path === `dist/${folder}.js`)?.exports?.map((e) => e.name) ?? [],
      );
      for (const { name } of decl.events ?? []) {
        need(`event ${name}`, text.includes(`\`${name}\``));
        const detail = [...exported].find((n) => n.endsWith('Detail') && text.includes(`\`${n}\``));
        need(`the detail type of ${name}`, detail !== undefined);
      }
      for (const { name } of decl.slots ?? [])
        need(`slot ${name || '(default)'}`, name ? text.includes(`\`${name}\``) : /default slot/.test(text));
      for (const { name } of decl.cssParts ?? []) need(`part ${name}`, text.includes(`\`${name}\``));
      for (const { name } of decl.cssStates ?? [])
        need(`state ${name}`, THEME_STATES.includes(name) ? /the\s+theme\s+states/.test(text) : text.includes(name));
      for (const { name } of decl.cssProperties ?? [])
        if (name.startsWith(`--folio-${folder}-`)) need(`CSS property ${name}`, text.includes(`\`${name}\``));
      assert.deepEqual(missing, [], `docs/contract.md, "### ${decl.tagName}"`);
    });
  }
});

test('the theme states and tokens are described once for every tag, and the protocol has its heading', () => {
  for (const state of THEME_STATES) assert.ok(contract.includes(`:state(${state})`), state);
  assert.match(contract, /^## Report submission protocol$/m);
  for (const header of ['Idempotency-Key', 'X-CSRF-Token', 'Retry-After']) assert.ok(contract.includes(header), header);
});
