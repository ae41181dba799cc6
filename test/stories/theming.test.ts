import './process-env.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import * as projectAnnotations from '../../.storybook/preview.js';
import manifest from '../../custom-elements.json';
import { THEME_TOKENS } from '../../src/core/tokens.js';
import { themeParts, themeProperties, tagsWithoutParts, type Manifest } from '../../stories/theming-docs.js';
import * as themingStories from '../../stories/theming.stories.js';
import { settleStory } from './settle.js';

const { SiteTheme, Parts } = composeStories(
  themingStories as Parameters<typeof composeStories>[0],
  setProjectAnnotations(projectAnnotations),
) as unknown as Record<
  string,
  {
    args: Record<string, string>;
    run(context: { canvasElement: HTMLElement; args?: Record<string, string> }): Promise<void>;
  }
>;

const TAGS = [
  'folio-article',
  'folio-copyright-notice',
  'folio-post-nav',
  'folio-reactions',
  'folio-related-posts',
  'folio-report-dialog',
  'folio-section-heading',
];

/** A tiny manifest, so the lists are checked against known input as well as the real one. */
const sample: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'folio-b',
          cssProperties: [
            { name: '--folio-color-text', description: 'Label text.' },
            { name: '--folio-b-gap', description: 'Gap.', default: '1rem' },
          ],
          cssParts: [{ name: 'x', description: 'The x.' }],
        },
      ],
    },
    {
      declarations: [
        { tagName: 'folio-a', cssProperties: [{ name: '--folio-color-text', description: 'Body.' }], cssParts: [] },
        { cssProperties: [{ name: '--not-a-tag' }] },
      ],
    },
  ],
};

describe('Theming docs data', () => {
  it('lists the tokens first, in their order, then each tag’s own properties, each once, with the tags that use it', () => {
    const properties = themeProperties(sample);
    expect(properties.map((p) => p.name)).to.deep.equal([...THEME_TOKENS.map((t) => t.name), '--folio-b-gap']);
    const text = properties.find((p) => p.name === '--folio-color-text')!;
    expect(text.token).to.equal(true);
    expect(text.default).to.equal(THEME_TOKENS[0]!.value);
    expect(text.usedBy).to.deep.equal([
      { tag: 'folio-a', description: 'Body.' },
      { tag: 'folio-b', description: 'Label text.' },
    ]);
    expect(properties.at(-1)).to.deep.include({
      name: '--folio-b-gap',
      default: '1rem',
      token: false,
      description: 'Gap.',
    });
    expect(themeParts(sample)).to.deep.equal([{ tag: 'folio-b', parts: [{ name: 'x', description: 'The x.' }] }]);
    expect(tagsWithoutParts(sample)).to.deep.equal(['folio-a']);
  });

  it('covers every custom property and part that custom-elements.json documents for the seven tags', () => {
    const declarations = (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(declarations.map((d) => d.tagName).sort()).to.deep.equal(TAGS);
    const properties = themeProperties();
    const parts = themeParts();
    for (const declaration of declarations) {
      for (const property of declaration.cssProperties ?? []) {
        const listed = properties.find((p) => p.name === property.name);
        expect(listed, property.name).to.exist;
        expect(
          listed!.usedBy.map((u) => u.tag),
          property.name,
        ).to.include(declaration.tagName);
      }
      const listedParts = parts.find((p) => p.tag === declaration.tagName)?.parts.map((p) => p.name) ?? [];
      expect(listedParts, declaration.tagName).to.deep.equal((declaration.cssParts ?? []).map((p) => p.name));
    }
    expect(new Set(properties.map((p) => p.name)).size, 'each property once').to.equal(properties.length);
    for (const property of properties) {
      expect(property.name).to.match(/^--folio-[a-z0-9-]+$/);
      expect(property.description, property.name).to.not.equal('');
    }
    expect(
      parts.flatMap((t) => t.parts).every((p) => p.description !== ''),
      'every part described',
    ).to.equal(true);
  });
});

describe('Theming live example', () => {
  let canvas: HTMLElement;
  beforeEach(() => {
    canvas = document.createElement('div');
    document.body.append(canvas);
  });
  afterEach(() => canvas.remove());

  const colorOf = (tag: string, part: string) => {
    const el = canvas.querySelector(tag)!;
    return getComputedStyle(el.shadowRoot!.querySelector(`[part~="${part}"]`)!).color;
  };

  async function render(args: Record<string, string>): Promise<void> {
    await SiteTheme!.run({ canvasElement: canvas, args: { ...SiteTheme!.args, ...args } });
    await waitUntil(
      () => canvas.querySelector('folio-related-posts')?.shadowRoot?.querySelector('[part~="title"]'),
      'the related list rendered',
    );
    await settleStory(canvas);
  }

  it('re-themes the tags, light and shadow DOM, when the properties change', async () => {
    await render({ '--folio-color-accent': 'rgb(156, 61, 16)', '--folio-color-text': 'rgb(43, 33, 24)' });
    expect(colorOf('folio-post-nav', 'title')).to.equal('rgb(156, 61, 16)');
    expect(colorOf('folio-related-posts', 'title')).to.equal('rgb(156, 61, 16)');
    expect(colorOf('folio-copyright-notice', 'license-link')).to.equal('rgb(156, 61, 16)');
    expect(getComputedStyle(canvas.querySelector('folio-article p')!).color).to.equal('rgb(43, 33, 24)');
    expect(getComputedStyle(canvas.querySelector('folio-article p a')!).color).to.equal('rgb(156, 61, 16)');

    await render({ '--folio-color-accent': 'rgb(0, 90, 60)', '--folio-color-text': 'rgb(10, 20, 30)' });
    expect(colorOf('folio-post-nav', 'title')).to.equal('rgb(0, 90, 60)');
    expect(colorOf('folio-related-posts', 'title')).to.equal('rgb(0, 90, 60)');
    expect(getComputedStyle(canvas.querySelector('folio-article p')!).color).to.equal('rgb(10, 20, 30)');
  });

  it('restyles the parts it names with ::part()', async () => {
    await Parts!.run({ canvasElement: canvas });
    await waitUntil(
      () => canvas.querySelector('folio-post-nav')?.shadowRoot?.querySelector('[part~="label"]'),
      'the navigation rendered',
    );
    const label = canvas.querySelector('folio-post-nav')!.shadowRoot!.querySelector('[part~="label"]')!;
    expect(getComputedStyle(label).fontVariantCaps).to.equal('all-small-caps');
    const heading = canvas.querySelector('folio-related-posts')!.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(getComputedStyle(heading).borderInlineStartWidth).to.equal('4px');
  });
});
