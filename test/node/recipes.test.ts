// The CMS recipes (docs/recipes/), run by their real engines: php-cli renders
// the PHP template and Python's Jinja2 the Jinja one, each with the seed
// article and then with an article whose every field tries to break out of
// where the template prints it. The plain HTML page is checked as written.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { attribute, only, startTags, type StartTag } from '../recipes/html-tokens.js';
import { HOSTILE_ARTICLE, RECIPES, SEED_ARTICLE, renderRecipe, type Recipe } from '../recipes/render-recipe.js';

interface Side {
  label: string;
  title: string | null;
  href: string | null;
  datePublished: string;
}
interface Article {
  lang: string;
  title: string;
  datePublished?: string;
  blocks: Array<{ type: string; text: string }>;
  reprintNotice: string;
  copyright: { disclaimer: string; reportEmail: string | null };
  prev: Side;
  next: Side;
  related: { heading: string; items: Array<Record<string, string>> };
  timeZone: string;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Article;
const seed = read(SEED_ARTICLE);
const hostile = read(HOSTILE_ARTICLE);
const assets = { css: '/assets/folio.css?v=1&t=2', js: '/assets/folio.js' };

/** The article's body as the page holds it: each <p> and <folio-section-heading> inside <folio-article>, in order. */
function body(tags: StartTag[]): Array<{ type: string; text: string }> {
  const start = tags.findIndex((t) => t.name === 'folio-article');
  const end = tags.findIndex((t) => t.name === 'footer');
  assert.ok(start >= 0 && end > start, 'the article comes before the footer');
  return tags.slice(start + 1, end).map((t) => {
    assert.ok(t.name === 'p' || t.name === 'folio-section-heading', `unexpected <${t.name}> in the article body`);
    return { type: t.name === 'p' ? 'paragraph' : 'heading', text: t.text };
  });
}

/** The text of the elements right after `name` (its children, up to the next tag of another kind). */
function childrenText(tags: StartTag[], name: string, child: string): string[] {
  const start = tags.findIndex((t) => t.name === name);
  const texts: string[] = [];
  for (const tag of tags.slice(start + 1)) {
    if (tag.name !== child && tag.name !== 'a') break;
    if (tag.name === child && tag.text.trim() === '') continue; // <p><a …>: the text is the link's
    texts.push(tag.text.trim());
  }
  return texts;
}

/** What browsers do before judging a URL's scheme (see src/core/url.ts). */
function isSafeUrl(value: string): boolean {
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto'].includes(scheme);
}

for (const recipe of RECIPES) {
  describe(`${recipe} recipe with the seed article`, () => {
    let page: string;
    let tags: StartTag[];
    const render = async () => {
      page ??= await renderRecipe(recipe, SEED_ARTICLE, assets);
      tags ??= startTags(page);
    };

    test("the page is in the article's language, titled with its headline, with the two head lines", async () => {
      await render();
      assert.match(page, /^<!doctype html>/i);
      assert.equal(attribute(only(tags, 'html'), 'lang'), 'zh-CN');
      assert.equal(only(tags, 'title').text, seed.title);
      const link = only(tags, 'link');
      assert.equal(attribute(link, 'rel'), 'stylesheet');
      assert.equal(attribute(link, 'href'), assets.css);
      const script = only(tags, 'script');
      assert.equal(attribute(script, 'type'), 'module');
      assert.equal(attribute(script, 'src'), assets.js);
      assert.ok(tags.indexOf(link) < tags.findIndex((t) => t.name === 'body'), 'both lines are in the head');
    });

    test('the article carries the headline, zone and reprint notice, and every paragraph and section heading in order', async () => {
      await render();
      const article = only(tags, 'folio-article');
      assert.equal(attribute(article, 'headline'), seed.title);
      assert.equal(attribute(article, 'time-zone'), 'Asia/Shanghai');
      assert.equal(attribute(article, 'reprint-notice'), '未经许可不得转载');
      assert.deepEqual(
        body(tags),
        seed.blocks.map(({ type, text }) => ({ type, text })),
      );
      assert.deepEqual(
        tags.filter((t) => t.name === 'folio-section-heading').map((t) => t.text),
        [
          '筑牢战斗堡垒,练强抓严学校党组织建设的基本功',
          '坚持立德树人,练强抓牢思想政治工作的基本功',
          '发挥模范作用,练强抓好党员队伍建设的基本功',
          '深化党建引领,练强抓实党建业务融合的基本功',
        ],
      );
    });

    test("the post navigation has the dates only, in ISO 8601, and the fallback text in the page's zone", async () => {
      await render();
      assert.ok(
        page.includes('<folio-post-nav prev-date="2023-06-01T10:40:00+08:00" '),
        'prev-date is printed as ISO 8601',
      );
      const nav = only(tags, 'folio-post-nav');
      assert.equal(attribute(nav, 'next-date'), '2023-06-01T10:56:00+08:00');
      assert.equal(attribute(nav, 'time-zone'), 'Asia/Shanghai');
      for (const missing of ['prev-href', 'prev-title', 'next-href', 'next-title'])
        assert.equal(attribute(nav, missing), undefined, missing);
      assert.deepEqual(childrenText(tags, 'folio-post-nav', 'p'), [
        '上一篇 2023年6月1日 上午10:40',
        '下一篇 2023年6月1日 上午10:56',
      ]);
    });

    test('the notice holds the disclaimer without its report sentence and opens the report dialog, which posts to /api/reports', async () => {
      await render();
      const notice = only(tags, 'folio-copyright-notice');
      assert.equal(attribute(notice, 'report-dialog'), 'report-dialog');
      assert.equal(attribute(notice, 'report-email'), undefined, 'the seed has no report address');
      const disclaimer = seed.copyright.disclaimer.slice(0, seed.copyright.disclaimer.indexOf('如发现本站'));
      assert.deepEqual(childrenText(tags, 'folio-copyright-notice', 'p'), [disclaimer]);
      assert.ok(!page.includes('如发现本站'), 'the report sentence is left to the notice');
      const dialog = only(tags, 'folio-report-dialog');
      assert.equal(attribute(dialog, 'id'), 'report-dialog');
      assert.equal(attribute(dialog, 'action'), '/api/reports');
    });

    test('the empty related list has its heading and no JSON, so the preflight knows it is empty', async () => {
      await render();
      const related = only(tags, 'folio-related-posts');
      assert.equal(attribute(related, 'limit'), undefined);
      if (recipe === 'plain-html') {
        // Written by hand: no heading, so the tag's own follows the page's language.
        assert.equal(attribute(related, 'heading'), undefined);
        assert.ok(page.includes('<folio-related-posts></folio-related-posts>'));
      } else {
        // A template prints the CMS's heading (the seed's).
        assert.equal(attribute(related, 'heading'), seed.related.heading);
        assert.ok(page.includes(`<folio-related-posts heading="${seed.related.heading}"></folio-related-posts>`));
      }
    });
  });
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'link',
  'script',
  'body',
  'main',
  'folio-article',
  'p',
  'folio-section-heading',
  'footer',
  'folio-copyright-notice',
  'folio-post-nav',
  'a',
  'folio-related-posts',
  'folio-report-dialog',
]);

for (const recipe of ['php', 'jinja'] as const satisfies readonly Recipe[]) {
  describe(`${recipe} recipe with hostile data`, () => {
    let page: string;
    let tags: StartTag[];
    const render = async () => {
      page ??= await renderRecipe(recipe, HOSTILE_ARTICLE, assets);
      tags ??= startTags(page);
    };

    test("no markup comes from data: only the page's own elements, no handlers, no unsafe URLs, no extra scripts", async () => {
      await render();
      for (const tag of tags) {
        assert.ok(ALLOWED_TAGS.has(tag.name), `<${tag.name}> came from data`);
        for (const [name, value] of tag.attributes) {
          assert.ok(
            !/^on/.test(name) && !['autofocus', 'srcdoc', 'formaction', 'style'].includes(name),
            `<${tag.name} ${name}> came from data`,
          );
          if (/(^|-)(href|src|action)$/.test(name)) assert.ok(isSafeUrl(value), `<${tag.name} ${name}="${value}">`);
        }
      }
      assert.equal(tags.filter((t) => t.name === 'a').length, 0, 'neither javascript: link became a fallback link');
      const scripts = tags.filter((t) => t.name === 'script');
      assert.deepEqual(
        scripts.map((s) => attribute(s, 'type')),
        ['module', 'application/json'],
      );
      assert.equal(attribute(scripts[0]!, 'src'), assets.js);
    });

    test('the related items survive as JSON that cannot close its script', async () => {
      await render();
      const json = tags.find((t) => t.name === 'script' && attribute(t, 'type') === 'application/json')!;
      assert.ok(!json.text.includes('<'), 'no < inside the script, so neither </script> nor <!-- can end or bend it');
      assert.deepEqual(JSON.parse(json.text), hostile.related.items);
      const related = only(tags, 'folio-related-posts');
      assert.equal(attribute(related, 'heading'), hostile.related.heading);
      assert.equal(attribute(related, 'limit'), '3');
    });

    test('every value reads back exactly as the data had it: escaped, not cut', async () => {
      await render();
      assert.equal(attribute(only(tags, 'html'), 'lang'), hostile.lang);
      assert.equal(only(tags, 'title').text, hostile.title);
      const article = only(tags, 'folio-article');
      assert.equal(attribute(article, 'headline'), hostile.title);
      assert.equal(attribute(article, 'time-zone'), hostile.timeZone);
      assert.equal(attribute(article, 'reprint-notice'), hostile.reprintNotice);
      assert.equal(attribute(article, 'date-published'), '2023-06-01T10:30:00+08:00');
      assert.deepEqual(body(tags), hostile.blocks);
      const notice = only(tags, 'folio-copyright-notice');
      assert.equal(attribute(notice, 'report-email'), hostile.copyright.reportEmail);
      assert.deepEqual(childrenText(tags, 'folio-copyright-notice', 'p'), [hostile.copyright.disclaimer]);
      const nav = only(tags, 'folio-post-nav');
      assert.equal(attribute(nav, 'prev-title'), hostile.prev.title);
      assert.equal(attribute(nav, 'next-title'), hostile.next.title);
      assert.equal(attribute(nav, 'prev-href'), undefined, 'javascript: is refused');
      assert.equal(attribute(nav, 'next-href'), undefined, 'java<tab>script: is refused too');
      assert.equal(attribute(nav, 'time-zone'), hostile.timeZone);
      assert.deepEqual(childrenText(tags, 'folio-post-nav', 'p'), [
        `上一篇 ${hostile.prev.title!.trim()}`,
        `下一篇 ${hostile.next.title!.trim()}`,
      ]);
    });
  });
}

describe("the recipes' own URL filter", () => {
  // Each engine's filter is the one a theme copies: give it the URLs that matter directly.
  test('PHP and Jinja keep http(s), mailto, relative and fragment links and drop every other scheme', async () => {
    const links = {
      '/news/1039.html': true,
      'https://example.com/a?b=1&c=2': true,
      'mailto:editor@example.com': true,
      '#top': true,
      '../up.html': true,
      'javascript:alert(1)': false,
      'JAVASCRIPT:alert(1)': false,
      ' \u0001javascript:alert(1)': false,
      'java\nscript:alert(1)': false,
      'data:text/html,<script>alert(1)</script>': false,
      'vbscript:msgbox(1)': false,
    };
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'folio-recipes-'));
    for (const [href, kept] of Object.entries(links)) {
      const article = {
        ...hostile,
        prev: { ...hostile.prev, title: '前', href },
        next: { ...hostile.next, title: '后', href: null },
        timeZone: 'Asia/Shanghai',
      };
      const file = join(folder, 'article.json');
      writeFileSync(file, JSON.stringify(article));
      for (const recipe of ['php', 'jinja'] as const) {
        const nav = only(startTags(await renderRecipe(recipe, file, assets)), 'folio-post-nav');
        assert.equal(attribute(nav, 'prev-href'), kept ? href.trim() : undefined, `${recipe}: ${JSON.stringify(href)}`);
      }
    }
  });
});
