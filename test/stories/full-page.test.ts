import './process-env.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import * as projectAnnotations from '../../.storybook/preview.js';
import { seed } from '../../fixtures/seed-article.js';
import * as fullPage from '../../stories/full-page.stories.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { settleStory } from './settle.js';

type Story = { run(context: { canvasElement: HTMLElement }): Promise<void> };
const stories = composeStories(
  fullPage as Parameters<typeof composeStories>[0],
  setProjectAnnotations(projectAnnotations),
) as unknown as Record<string, Story>;

const shadowText = (root: ParentNode, selector: string) =>
  (root.querySelector(selector)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('Pages/Seed article stories', () => {
  let canvas: HTMLElement;
  beforeEach(() => {
    canvas = document.createElement('div');
    document.body.append(canvas);
  });
  afterEach(() => canvas.remove());

  async function show(name: string): Promise<HTMLElement> {
    await stories[name]!.run({ canvasElement: canvas });
    await waitUntil(
      () => canvas.querySelector('folio-article [data-folio-article-part="header"] h1'),
      'the article header rendered',
    );
    await settleStory(canvas);
    return canvas.querySelector('main')!;
  }

  it('composes all six tags on the seed article, as the demo page does', async () => {
    const main = await show('NormalizedPunctuation');
    for (const tag of [
      'folio-article',
      'folio-section-heading',
      'folio-copyright-notice',
      'folio-post-nav',
      'folio-related-posts',
      'folio-report-dialog',
    ]) {
      expect(main.querySelector(tag), tag).to.exist;
    }
    expect(main.querySelector('folio-article h1')!.textContent).to.equal(seed.title);
    expect(main.querySelectorAll('folio-section-heading')).to.have.length(
      seed.blocks.filter((b) => b.type === 'heading').length,
    );
    expect(shadowText(main, 'folio-post-nav')).to.contain('上一篇').and.contain('2023年6月1日 上午10:40');
    expect(shadowText(main, 'folio-related-posts')).to.contain(seed.related.heading);
  });

  it('shows the captured half-width punctuation raw, and normalized with normalize-punctuation', async () => {
    const captured = await show('CapturedText');
    expect(captured.querySelector('folio-article p')!.textContent).to.contain('强调,加强');
    canvas.replaceChildren();
    const normalized = await show('NormalizedPunctuation');
    expect(normalized.querySelector('folio-article p')!.textContent).to.contain('强调，加强');
  });

  it('changes the tags’ chrome with the page locale and keeps the captured body marked as Chinese', async () => {
    const main = await show('EnglishChrome');
    expect(shadowText(main, 'folio-post-nav')).to.contain('Previous').and.contain('Next');
    expect(shadowText(main, 'folio-related-posts')).to.contain('Related posts');
    const body = [
      ...main.querySelectorAll(
        'folio-article > p:not([data-folio-article-part]), folio-article > folio-section-heading',
      ),
    ];
    expect(body).to.have.length(seed.blocks.length);
    expect(body.every((el) => el.getAttribute('lang') === 'zh-CN')).to.equal(true);
  });

  it('opens the page’s own report dialog from the notice’s button', async () => {
    const main = await show('NormalizedPunctuation');
    const notice = main.querySelector('folio-copyright-notice')!;
    notice.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="report-button"]')!.click();
    const dialog = main.querySelector<FolioReportDialog>('folio-report-dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opened');
    expect(dialog.id).to.match(/^report-dialog-/);
  });
});
