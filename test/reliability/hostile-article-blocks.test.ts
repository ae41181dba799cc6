/**
 * The hostile corpus through `<folio-article>.blocks`, the JSON door:
 * URL payloads in every URL field (a run's href, a quote's cite, an image's
 * and a figure's src, a list item's link), markup payloads in every string
 * field (paragraph text, runs, heading text and id, quote, list items, alt,
 * caption). Blocks are text, never HTML: a markup payload must show as the
 * characters it is, and an unsafe URL must go while the words stay.
 */
import { expect } from '@open-wc/testing';
import '../../src/article/define.js';
import '../../src/section-heading/define.js';
import type { ArticleBlock, FolioArticle } from '../../src/article/article.js';
import { CLOBBER_NAMES, HOSTILE_MARKUP, HOSTILE_URLS } from './support/hostile-corpus.js';
import {
  ARTICLE_BODY_FORBIDDEN,
  clobbered,
  dangers,
  expectHarmless,
  HostilePage,
  letPayloadsRun,
  ran,
  schemeOf,
} from './support/hostile-checks.js';

const SCAN = {
  forbid: ARTICLE_BODY_FORBIDDEN,
  strict: true,
  ownWidgets: '.folio-section-heading__copy, .folio-section-heading__status, .folio-section-heading__link-field',
};

const safeBefore: ArticleBlock = { type: 'paragraph', text: ['前文 ', { text: 'safe-before', strong: true }] };
const safeAfter: ArticleBlock = { type: 'paragraph', text: [{ text: 'safe-after', emphasis: true }, ' 后文'] };

/** Every URL field of every block type holds the payload. */
function urlBlocks(url: string): ArticleBlock[] {
  return [
    safeBefore,
    { type: 'paragraph', text: ['见 ', { text: 'link-words', href: url, strong: true }] },
    { type: 'quote', text: 'quoted-words', cite: url },
    { type: 'image', src: url, alt: 'img-alt', width: 4, height: 3 },
    { type: 'figure', src: url, alt: 'fig-alt', caption: 'cap-words' },
    { type: 'list', items: [[{ text: 'item-words', href: url }], 'plain-item'] },
    safeAfter,
  ];
}

/** Every string field of every block type holds the payload. */
function textBlocks(text: string): ArticleBlock[] {
  return [
    safeBefore,
    { type: 'paragraph', text },
    { type: 'paragraph', text: ['run: ', { text, href: 'https://example.com/ok' }, { text, emphasis: true }] },
    { type: 'heading', text, level: 3 },
    { type: 'heading', text: 'with-id', id: text },
    { type: 'quote', text, cite: 'https://example.com/q' },
    { type: 'list', ordered: true, items: [text, [{ text }]] },
    { type: 'image', src: '/ok.png', alt: text, width: 4, height: 3 },
    { type: 'figure', src: '/ok.png', alt: text, caption: [{ text }] },
    safeAfter,
  ];
}

describe('hostile corpus through <folio-article>.blocks', function () {
  this.timeout(30_000);
  const articles = new Map<string, FolioArticle>();
  const page = new HostilePage();
  let host: HTMLElement;

  const render = (key: string, blocks: ArticleBlock[]) => {
    const article = document.createElement('folio-article');
    article.lang = 'zh-CN';
    article.toc = true;
    article.blocks = blocks;
    host.append(article);
    articles.set(key, article);
  };

  before(async () => {
    host = page.open();
    for (const entry of HOSTILE_URLS) render(`url:${entry.id}`, urlBlocks(entry.value));
    for (const entry of HOSTILE_MARKUP) render(`text:${entry.id}`, textBlocks(entry.value));
    await Promise.all([...articles.values()].map((a) => a.updateComplete));
    await page.runPayloads(articles.values());
  });

  after(() => {
    page.close();
  });

  const bodyOf = (key: string) => articles.get(key)!.querySelector('[data-folio-article-part="body"]')!;
  const has = (body: Element, selector: string, words: string) =>
    [...body.querySelectorAll(selector)].some((el) => el.textContent === words);

  describe('URL payloads in every URL field', () => {
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id}: ${entry.note}`, () => {
        const body = bodyOf(`url:${entry.id}`);
        expectHarmless(entry.id, body, SCAN);
        expect(dangers(articles.get(`url:${entry.id}`)!), 'the article around the body').to.deep.equal([]);
        expect(
          has(body, 'p strong', 'safe-before') && has(body, 'p em', 'safe-after'),
          'safe blocks around it',
        ).to.equal(true);
        // An unsafe link loses its href, never its words; the list keeps its other item.
        for (const words of ['link-words', 'quoted-words', 'item-words', 'plain-item'])
          expect(body.textContent, words).to.include(words);
        expect(has(body, 'p strong', 'link-words'), 'the run keeps its formatting').to.equal(true);
        if (entry.live) {
          // Refused, and said so, naming the field.
          expect(
            body.querySelectorAll('a[href], img, blockquote[cite]').length,
            'links, images and citations',
          ).to.equal(0);
          const messages = page.warnings;
          for (const field of [
            'blocks[1][1].href',
            'blocks[2].cite',
            'blocks[3].src',
            'blocks[4].src',
            'blocks[5].items[0][0].href',
          ]) {
            expect(
              messages.some(
                (m) =>
                  m.startsWith(`<folio-article> ${field}:`) && m.includes(JSON.stringify(entry.value).slice(1, 20)),
              ),
              field,
            ).to.equal(true);
          }
        } else {
          for (const a of body.querySelectorAll<HTMLAnchorElement>('a[href]'))
            expect(['http:', 'https:', 'mailto:'], entry.id).to.include(schemeOf(a.getAttribute('href')!));
        }
      });
    }
  });

  describe('markup payloads in every string field stay text', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const key = `text:${entry.id}`;
        const body = bodyOf(key);
        const text = entry.value;
        expectHarmless(entry.id, body, SCAN);
        expect(dangers(articles.get(key)!), 'the article around the body (header, contents)').to.deep.equal([]);
        expect(
          has(body, 'p strong', 'safe-before') && has(body, 'p em', 'safe-after'),
          'safe blocks around it',
        ).to.equal(true);
        const paragraphs = body.querySelectorAll(':scope > p');
        expect(paragraphs[1]!.textContent, 'paragraph text').to.equal(text);
        expect(paragraphs[2]!.querySelector('a')!.textContent, 'linked run').to.equal(text);
        expect(paragraphs[2]!.querySelector('em')!.textContent, 'emphasised run').to.equal(text);
        expect(body.querySelector('blockquote')!.textContent, 'quote').to.equal(text);
        expect(
          [...body.querySelectorAll('ol > li')].map((li) => li.textContent),
          'list items',
        ).to.deep.equal([text, text]);
        expect(
          [...body.querySelectorAll('img')].map((img) => img.getAttribute('alt')),
          'alt texts',
        ).to.deep.equal([text, text]);
        expect(body.querySelector('figcaption')!.textContent, 'caption').to.equal(text);
        const heading = body.querySelector('folio-section-heading[level="3"]')!;
        expect(heading.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim(), 'heading text').to.equal(
          text.replace(/\s+/g, ' ').trim(),
        );
        // The elements in the body are only the ones the blocks describe: the payload made none of its own.
        const made = new Set(
          [...body.querySelectorAll('*')].filter((el) => !el.closest(SCAN.ownWidgets)).map((el) => el.localName),
        );
        expect(
          [...made].filter(
            (n) =>
              ![
                'p',
                'strong',
                'em',
                'a',
                'folio-section-heading',
                'h2',
                'h3',
                'blockquote',
                'ol',
                'li',
                'img',
                'figure',
                'figcaption',
              ].includes(n),
          ),
        ).to.deep.equal([]);
      });
    }
  });

  it('fields a block does not have, and block types that do not exist, render nothing', async () => {
    const article = document.createElement('folio-article');
    host.append(article);
    const run = "__folioPwned('extra-fields')";
    article.blocks = [
      safeBefore,
      { type: 'html', html: `<img src=x onerror="${run}">` },
      {
        type: 'paragraph',
        text: 'kept',
        html: `<img src=x onerror="${run}">`,
        onclick: run,
        style: 'background:url(https://evil.example/)',
      },
      {
        type: 'image',
        src: '/ok.png',
        alt: 'a',
        srcset: `javascript:${run} 2x`,
        onerror: run,
        style: 'position:fixed',
      },
      { type: 'list', items: [{ text: 'run', href: 'javascript:alert(1)', onclick: run }] },
      { type: 'heading', text: 'h', level: `2 onclick=${run}` },
      safeAfter,
    ] as unknown as ArticleBlock[];
    await article.updateComplete;
    await letPayloadsRun(100);
    const body = article.querySelector('[data-folio-article-part="body"]')!;
    expectHarmless('extra-fields', body, SCAN);
    expect(ran()).to.deep.equal([]);
    expect(body.textContent).to.include('kept');
    expect(has(body, 'p strong', 'safe-before') && has(body, 'p em', 'safe-after')).to.equal(true);
  });

  it('heading ids named after document and window members clobber nothing', async () => {
    const article = document.createElement('folio-article');
    article.toc = true;
    article.blocks = CLOBBER_NAMES.flatMap((n): ArticleBlock[] => [
      { type: 'heading', text: n, id: n },
      { type: 'paragraph', text: [{ text: n, href: `#${n}` }] },
    ]);
    host.append(article);
    await article.updateComplete;
    await letPayloadsRun(0);
    expect(clobbered()).to.deep.equal([]);
    expect(article.querySelectorAll('[data-folio-article-part="body"] folio-section-heading').length).to.equal(
      CLOBBER_NAMES.length,
    );
  });

  it('no payload clobbered a document or window property, nothing threw, and the sentinel never ran', () => {
    expect(clobbered()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });
});
