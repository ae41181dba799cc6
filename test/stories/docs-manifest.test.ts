import './process-env.js';
import { expect } from '@open-wc/testing';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { parameters } from '@storybook/web-components/entry-preview-argtypes';
import manifest from '../../custom-elements.json';
import { argTypesFor, DEFAULT_SLOT_NAME, manifestForDocs } from '../../stories/docs-manifest.js';

type Row = {
  name: string;
  description?: string;
  control?: false | { type: string };
  options?: string[];
  table?: { category?: string };
};
const { docs } = parameters;

interface Declaration {
  tagName?: string;
  members?: Array<{ name: string; kind?: string; privacy?: string; static?: boolean; readonly?: boolean }>;
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string } }>;
  events?: unknown[];
  slots?: Array<{ name: string; description?: string }>;
  cssParts?: unknown[];
  cssProperties?: unknown[];
  cssStates?: Array<{ name: string; description?: string }>;
}
const tags = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);
const rowsOf = (name: string) => Object.entries(argTypesFor(manifest, name) ?? {}) as Array<[string, Row]>;

/** The rows of the tag's docs table, by category. */
function table(name: string): Map<string, Row[]> {
  const rows = new Map<string, Row[]>();
  for (const [, row] of rowsOf(name)) {
    const category = row.table?.category;
    if (category) rows.set(category, [...(rows.get(category) ?? []), row]);
  }
  return rows;
}
const controlOf = (name: string, attribute: string) =>
  (rowsOf(name).find(([key]) => key === attribute)?.[1].control || undefined)?.type;

describe('controls and docs tables from custom-elements.json', () => {
  it('is needed: Storybook’s own extractor lists an attribute twice and gives a string a JSON editor', () => {
    setCustomElementsManifest(manifest);
    const own = docs.extractArgTypes('folio-post-nav') ?? {};
    expect(Object.keys(own)).to.include.members(['prevHref', 'prev-href']);
  });

  it('gives every tag’s table its attributes, events, slots, parts and CSS properties', () => {
    expect(tags).to.have.length(7);
    for (const t of tags) {
      const rows = table(t.tagName!);
      expect(rows.get('attributes')?.length, `${t.tagName} attributes`).to.equal(t.attributes?.length);
      expect(rows.get('css custom properties')?.length ?? 0, `${t.tagName} CSS properties`).to.equal(
        t.cssProperties?.length ?? 0,
      );
      expect(rows.get('css shadow parts')?.length ?? 0, `${t.tagName} parts`).to.equal(t.cssParts?.length ?? 0);
      expect(rows.get('events')?.length ?? 0, `${t.tagName} events`).to.equal(t.events?.length ?? 0);
      expect(rows.get('slots')?.length ?? 0, `${t.tagName} slots`).to.equal(t.slots?.length ?? 0);
    }
    const [slot] = table('folio-copyright-notice').get('slots')!;
    expect(slot!.name).to.equal(DEFAULT_SLOT_NAME);
    expect(slot!.description).to.contain('disclaimer');
  });

  it('has one control per attribute, keyed and named by the attribute, and none for its property', () => {
    for (const t of tags) {
      const rows = rowsOf(t.tagName!);
      for (const attribute of t.attributes ?? []) {
        const row = rows.find(([key]) => key === attribute.name)?.[1];
        expect(row?.name, `${t.tagName} ${attribute.name}`).to.equal(attribute.name);
        if (attribute.fieldName && attribute.fieldName !== attribute.name)
          expect(
            rows.map(([key]) => key),
            `${t.tagName} ${attribute.fieldName}`,
          ).to.not.include(attribute.fieldName);
      }
    }
  });

  it('derives each control from the attribute’s type: text, select, boolean, number, date', () => {
    expect(controlOf('folio-post-nav', 'prev-title')).to.equal('text'); // string | undefined
    expect(controlOf('folio-post-nav', 'prev-date')).to.equal('date'); // an ISO date
    expect(controlOf('folio-article', 'date-published')).to.equal('date');
    expect(controlOf('folio-post-nav', 'keyboard')).to.equal('boolean');
    expect(controlOf('folio-related-posts', 'limit')).to.equal('number');
    expect(controlOf('folio-section-heading', 'level')).to.equal('number'); // number | null
    expect(controlOf('folio-related-posts', 'layout')).to.equal('select'); // a union of literals, through an alias
    expect(rowsOf('folio-related-posts').find(([key]) => key === 'layout')![1].options).to.deep.equal([
      'list',
      'compact',
      'grid',
    ]);
    for (const t of tags)
      for (const [key, row] of rowsOf(t.tagName!))
        if (row.table?.category === 'attributes') expect(row.control, `${t.tagName} ${key}`).to.not.equal(false);
  });

  it('lists public instance properties only: no private, protected or static member, no controller', () => {
    for (const t of tags) {
      const shown = (table(t.tagName!).get('properties') ?? []).map((row) => row.name);
      const hidden = (t.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static);
      for (const m of hidden) expect(shown, `${t.tagName} ${m.name}`).to.not.include(m.name);
      expect(shown, t.tagName).to.not.include.members(['localize', 'theme', 'parts']);
    }
    // Read-only state is documented, without a control; JSON data a theme hands over gets a JSON editor.
    const heading = rowsOf('folio-section-heading').find(([key]) => key === 'headingElement')![1];
    expect(heading.control).to.equal(false);
    expect(controlOf('folio-related-posts', 'items')).to.equal('object');
    expect(controlOf('folio-related-posts', 'fetcher')).to.equal(undefined);
  });

  it('documents no private field as an attribute (a `state: true` property needs `attribute: false` for the analyzer)', () => {
    for (const t of tags) {
      const privateNames = (t.members ?? [])
        .filter((m) => m.kind === 'field' && m.privacy === 'private')
        .map((m) => m.name);
      const attributes = (t.attributes ?? []).map((a) => a.fieldName ?? a.name);
      expect(
        attributes.filter((name) => privateNames.includes(name)),
        t.tagName,
      ).to.deep.equal([]);
    }
  });

  it('adds each tag’s custom states to its description, after the tag’s own text', () => {
    setCustomElementsManifest(manifestForDocs(manifest));
    for (const t of tags.filter((t) => t.cssStates?.length)) {
      const description = docs.extractComponentDescription(t.tagName!)!;
      expect(description).to.contain(`${t.tagName}:state(…)`);
      for (const state of t.cssStates!)
        expect(description, `${t.tagName} ${state.name}`).to.contain(`- \`${state.name}\`: ${state.description}`);
    }
    expect(docs.extractComponentDescription('folio-post-nav')).to.match(/^Previous\/next navigation/);
  });

  it('leaves the manifest itself as the analyzer wrote it', () => {
    const before = JSON.stringify(manifest);
    manifestForDocs(manifest);
    argTypesFor(manifest, 'folio-post-nav');
    expect(JSON.stringify(manifest)).to.equal(before);
  });
});
