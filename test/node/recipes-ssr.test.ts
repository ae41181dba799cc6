// The Node theme recipe (docs/recipes/node/render.mjs), run as a theme runs
// it: `node render.mjs article.json …`, importing folio-elements/ssr (pointed
// at src/ssr). Its page is the tags' own server-rendered markup, so the checks
// read the light DOM a search engine reads and the shadow roots' text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizePunctuationText } from '../../src/article/punctuation.js';
import { attribute, decode, only, startTags, type StartTag } from '../recipes/html-tokens.js';
import { HOSTILE_ARTICLE, SEED_ARTICLE, renderRecipeOutput } from '../recipes/render-recipe.js';

interface Article {
  title: string;
  blocks: Array<{ type: string; text: string }>;
  copyright: { disclaimer: string; reportEmail: string | null };
  prev: { title: string | null };
  next: { title: string | null };
  related: { heading: string; items: Array<Record<string, string>> };
}
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Article;
const seed = read(SEED_ARTICLE);
const hostile = read(HOSTILE_ARTICLE);
const assets = { css: '/assets/folio.css', js: '/assets/ssr/hydrate.js' };

// The server applies normalize-punctuation to Chinese text (, → ，): compare widths-blind.
const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const sameWidth = (text: string) => text.replace(/[,:;!?()]/g, (c) => HALF_TO_FULL[c]!);

/** The text a reader sees in a stretch of HTML: no styles, comments or tags, whitespace collapsed. */
function visibleText(html: string): string {
  return decode(
    html
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The element's markup, from its start tag to its end tag (our tags never nest in themselves). */
function outer(page: string, name: string): string {
  const start = page.indexOf(`<${name}`);
  const end = page.indexOf(`</${name}`, start);
  assert.ok(start >= 0 && end > start, `<${name}> is in the page`);
  return page.slice(start, end);
}

/** Tags between the start of `from` and the start of `to`. */
function between(tags: StartTag[], from: string, to: string): StartTag[] {
  return tags.slice(
    tags.findIndex((t) => t.name === from) + 1,
    tags.findIndex((t) => t.name === to),
  );
}

describe('node recipe (folio-elements/ssr) with the seed article', () => {
  let page: string;
  let tags: StartTag[];
  const render = async () => {
    page ??= (await renderRecipeOutput('node', SEED_ARTICLE, assets)).page;
    tags ??= startTags(page);
  };

  test("the page is in the article's language, titled with its headline, with the stylesheet and the hydrating script", async () => {
    await render();
    assert.match(page, /^<!doctype html>/i);
    assert.equal(attribute(only(tags, 'html'), 'lang'), 'zh-CN');
    assert.equal(only(tags, 'title').text, seed.title);
    const head = between(tags, 'head', 'body');
    assert.deepEqual(
      head.filter((t) => t.name === 'link').map((t) => attribute(t, 'href')),
      [assets.css],
    );
    assert.deepEqual(
      head.filter((t) => t.name === 'script').map((t) => [attribute(t, 'type'), attribute(t, 'src')]),
      [['module', assets.js]],
    );
  });

  test("the article's text is in the light DOM: the headline, every paragraph and the four section headings with their ids", async () => {
    await render();
    const article = only(tags, 'folio-article');
    assert.equal(attribute(article, 'headline'), seed.title);
    assert.equal(only(tags, 'h1').text, seed.title);
    const body = between(tags, 'folio-article', 'folio-copyright-notice');
    const paragraphs = body.filter((t) => t.name === 'p' && t.attributes.length === 0).map((t) => t.text);
    assert.deepEqual(
      paragraphs,
      seed.blocks.filter((b) => b.type === 'paragraph').map((b) => sameWidth(b.text)),
    );
    const headings = body.filter((t) => t.name === 'h2' && attribute(t, 'class') === 'folio-section-heading__heading');
    assert.deepEqual(
      headings.map((h) => [attribute(h, 'id'), h.text]),
      [
        ['筑牢战斗堡垒-练强抓严学校党组织建设的基本功', '筑牢战斗堡垒，练强抓严学校党组织建设的基本功'],
        ['坚持立德树人-练强抓牢思想政治工作的基本功', '坚持立德树人，练强抓牢思想政治工作的基本功'],
        ['发挥模范作用-练强抓好党员队伍建设的基本功', '发挥模范作用，练强抓好党员队伍建设的基本功'],
        ['深化党建引领-练强抓实党建业务融合的基本功', '深化党建引领，练强抓实党建业务融合的基本功'],
      ],
    );
  });

  test("the post navigation carries the dates as ISO 8601 and shows them in the page's zone before any script", async () => {
    await render();
    const nav = only(tags, 'folio-post-nav');
    assert.equal(attribute(nav, 'prev-date'), '2023-06-01T10:40:00+08:00');
    assert.equal(attribute(nav, 'next-date'), '2023-06-01T10:56:00+08:00');
    assert.equal(attribute(nav, 'time-zone'), 'Asia/Shanghai');
    assert.ok(outer(page, 'folio-post-nav').includes('<template shadowroot'), 'declarative shadow DOM');
    const text = visibleText(outer(page, 'folio-post-nav'));
    assert.ok(text.includes('上一篇 2023年6月1日 上午10:40'), text);
    assert.ok(text.includes('下一篇 2023年6月1日 上午10:56'), text);
  });

  test('the notice holds the disclaimer without its report sentence and offers the dialog, which posts to /api/reports', async () => {
    await render();
    const notice = between(tags, 'folio-copyright-notice', 'folio-post-nav');
    // Normalized with the article's punctuation on the server (a Chinese page).
    const disclaimer = normalizePunctuationText(
      seed.copyright.disclaimer.slice(0, seed.copyright.disclaimer.indexOf('如发现本站')),
    );
    assert.deepEqual(
      notice.filter((t) => t.name === 'p' && t.attributes.length === 0).map((t) => t.text),
      [disclaimer],
    );
    assert.ok(!page.includes('请发送邮件至 举报'), 'the captured report sentence (with its empty address) is gone');
    assert.equal(attribute(only(tags, 'folio-copyright-notice'), 'report-dialog'), 'report-dialog');
    assert.ok(notice.some((t) => t.name === 'button' && attribute(t, 'part') === 'report-button'));
    const dialog = only(tags, 'folio-report-dialog');
    assert.equal(attribute(dialog, 'id'), 'report-dialog');
    assert.equal(attribute(dialog, 'action'), '/api/reports');
  });

  test('the related list is its heading and the empty message', async () => {
    await render();
    assert.equal(attribute(only(tags, 'folio-related-posts'), 'heading'), '相关推荐');
    const related = outer(page, 'folio-related-posts');
    assert.ok(visibleText(related).startsWith('相关推荐'), visibleText(related));
    assert.ok(!/<a\s/.test(related), 'no links');
  });
});

describe('node recipe (folio-elements/ssr) with hostile data', () => {
  let page: string;
  let warnings: string;
  let tags: StartTag[];
  const render = async () => {
    if (page) return;
    ({ page, warnings } = await renderRecipeOutput('node', HOSTILE_ARTICLE, assets));
    tags = startTags(page);
  };

  test("no markup comes from data: no handlers, no unsafe URLs, no images, and only the page's own scripts", async () => {
    await render();
    for (const tag of tags) {
      assert.ok(!['img', 'iframe', 'object', 'embed', 'b'].includes(tag.name), `<${tag.name}> came from data`);
      for (const [name, value] of tag.attributes) {
        assert.ok(
          !/^on/.test(name) && !['autofocus', 'srcdoc', 'formaction'].includes(name),
          `<${tag.name} ${name}> came from data`,
        );
        if (/(^|-)(href|src|action)$/.test(name))
          assert.ok(!/^\s*j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.test(value), `<${tag.name} ${name}="${value}">`);
      }
    }
    const scripts = tags.filter((t) => t.name === 'script');
    assert.deepEqual(
      scripts.map((s) => attribute(s, 'type')),
      ['module', 'application/ld+json', 'application/json'],
    );
    assert.equal(attribute(scripts[0]!, 'src'), assets.js);
    for (const json of scripts.slice(1)) {
      assert.ok(
        !json.text.includes('<'),
        'no < inside a JSON script, so neither </script> nor <!-- can end or bend it',
      );
      JSON.parse(json.text);
    }
  });

  test('the data is shown as text, unchanged, and the refused links are named in warnings', async () => {
    await render();
    assert.equal(attribute(only(tags, 'folio-article'), 'headline'), hostile.title);
    assert.equal(only(tags, 'h1').text, hostile.title);
    const nav = only(tags, 'folio-post-nav');
    assert.equal(attribute(nav, 'prev-title'), hostile.prev.title);
    assert.equal(attribute(nav, 'next-title'), hostile.next.title);
    assert.equal(attribute(nav, 'prev-href'), undefined);
    assert.equal(attribute(nav, 'next-href'), undefined);
    assert.match(warnings, /prev-href: "javascript:/);
    assert.match(warnings, /next-href: " java\\tscript:/);
    const related = outer(page, 'folio-related-posts');
    assert.ok(visibleText(related).includes(hostile.related.items[0]!.title), 'the </script> title is shown as text');
  });
});
