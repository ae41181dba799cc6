import './process-env.js';
import { expect } from '@open-wc/testing';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { parameters } from '@storybook/web-components/entry-preview-argtypes';
import manifest from '../../custom-elements.json';
import { DEFAULT_SLOT_NAME, manifestForDocs } from '../../stories/docs-manifest.js';

type ArgType = { name: string; description?: string; table?: { category?: string } };
const { docs } = parameters;

interface Declaration {
  tagName?: string;
  members?: Array<{ name: string; kind?: string; privacy?: string; static?: boolean }>;
  attributes?: unknown[];
  events?: unknown[];
  slots?: Array<{ name: string; description?: string }>;
  cssParts?: unknown[];
  cssProperties?: unknown[];
  cssStates?: Array<{ name: string; description?: string }>;
}
const tags = (manifest as { modules: Array<{ declarations?: Declaration[] }> }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);

/** The rows of the tag's Storybook docs table, by category, as Storybook's own code builds them. */
function table(tag: string): Map<string, ArgType[]> {
  const rows = new Map<string, ArgType[]>();
  for (const argType of Object.values(docs.extractArgTypes(tag) ?? {})) {
    const category = argType.table?.category;
    if (category) rows.set(category, [...(rows.get(category) ?? []), argType]);
  }
  return rows;
}

describe('custom-elements.json for the docs pages', () => {
  after(() => setCustomElementsManifest(manifest));

  it('is needed: Storybook drops the default slot of the manifest as generated', () => {
    setCustomElementsManifest(manifest);
    expect(table('folio-copyright-notice').get('slots') ?? []).to.be.empty;
  });

  it('gives every tag’s docs table its attributes, properties, events, slots, parts and CSS properties', () => {
    setCustomElementsManifest(manifestForDocs(manifest));
    expect(tags).to.have.length(6);
    for (const tag of tags) {
      const rows = table(tag.tagName!);
      expect(rows.get('attributes'), `${tag.tagName} attributes`).to.not.be.empty;
      expect(rows.get('properties'), `${tag.tagName} properties`).to.not.be.empty;
      expect(rows.get('css custom properties')?.length ?? 0, `${tag.tagName} CSS properties`).to.equal(
        tag.cssProperties?.length ?? 0,
      );
      expect(rows.get('css shadow parts')?.length ?? 0, `${tag.tagName} parts`).to.equal(tag.cssParts?.length ?? 0);
      expect(rows.get('events')?.length ?? 0, `${tag.tagName} events`).to.equal(tag.events?.length ?? 0);
      expect(rows.get('slots')?.length ?? 0, `${tag.tagName} slots`).to.equal(tag.slots?.length ?? 0);
    }
    const [slot] = table('folio-copyright-notice').get('slots')!;
    expect(slot!.name).to.equal(DEFAULT_SLOT_NAME);
    expect(slot!.description).to.contain('disclaimer');
  });

  it('lists public instance properties only, not private or static fields', () => {
    setCustomElementsManifest(manifest);
    const privateNames = (tag: Declaration) =>
      (tag.members ?? []).filter((m) => m.kind === 'field' && (m.privacy === 'private' || m.static)).map((m) => m.name);
    const shown = (tag: Declaration) => (table(tag.tagName!).get('properties') ?? []).map((row) => row.name);
    expect(
      tags.some((tag) => privateNames(tag).some((name) => shown(tag).includes(name))),
      'Storybook shows private fields of the raw manifest',
    ).to.equal(true);
    setCustomElementsManifest(manifestForDocs(manifest));
    for (const tag of tags) {
      const attributes = (tag.attributes ?? []) as Array<{ name: string }>;
      for (const name of privateNames(tag)) {
        if (attributes.some((a) => a.name === name)) continue;
        expect(shown(tag), `${tag.tagName} ${name}`).to.not.include(name);
      }
    }
    expect(shown(tags.find((t) => t.tagName === 'folio-report-dialog')!)).to.include.members([
      'pageUrl',
      'pageTitle',
      'minFillTime',
    ]);
  });

  it('documents no private field as an attribute (a `state: true` property needs `attribute: false` for the analyzer)', () => {
    for (const tag of tags) {
      const privateNames = (tag.members ?? [])
        .filter((m) => m.kind === 'field' && m.privacy === 'private')
        .map((m) => m.name);
      const attributes = ((tag.attributes ?? []) as Array<{ name: string; fieldName?: string }>).map(
        (a) => a.fieldName ?? a.name,
      );
      expect(
        attributes.filter((name) => privateNames.includes(name)),
        tag.tagName,
      ).to.deep.equal([]);
    }
  });

  it('adds each tag’s custom states to its description, after the tag’s own text', () => {
    setCustomElementsManifest(manifestForDocs(manifest));
    for (const tag of tags.filter((t) => t.cssStates?.length)) {
      const description = docs.extractComponentDescription(tag.tagName!)!;
      expect(description).to.contain(`${tag.tagName}:state(…)`);
      for (const state of tag.cssStates!)
        expect(description, `${tag.tagName} ${state.name}`).to.contain(`- \`${state.name}\`: ${state.description}`);
    }
    expect(docs.extractComponentDescription('folio-post-nav')).to.match(/^Previous\/next navigation/);
  });

  it('leaves the manifest itself as the analyzer wrote it', () => {
    const before = JSON.stringify(manifest);
    manifestForDocs(manifest);
    expect(JSON.stringify(manifest)).to.equal(before);
  });
});
