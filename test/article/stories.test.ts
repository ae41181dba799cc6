import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../stories/article.stories.js';
import { linkFolioCss } from './helpers.js';

type AnyStory = { name?: string; args?: Record<string, unknown>; globals?: { locale?: string; theme?: string }; render?: (args: Record<string, unknown>) => TemplateResult };
const meta = stories.default as unknown as AnyStory;

// Every story renders, as Storybook's decorator would wrap it, and passes axe.
describe('article stories', () => {
  before(linkFolioCss);

  for (const [key, value] of Object.entries(stories)) {
    if (key === 'default') continue;
    const story = value as AnyStory;
    it(`${story.name ?? key} renders and is accessible`, async () => {
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render!;
      const locale = story.globals?.locale ?? 'zh-CN';
      const root = await fixture(html`<div class="folio-story-root" lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} data-folio-theme=${story.globals?.theme ?? 'light'}>${render(args)}</div>`);
      const article = root.querySelector('folio-article')!;
      await waitUntil(() => article.querySelector('[data-folio-article-part="header"] h1'), 'header rendered', { timeout: 3000 });
      await new Promise((r) => setTimeout(r, 50));
      await expect(root).to.be.accessible();
    });
  }
});
