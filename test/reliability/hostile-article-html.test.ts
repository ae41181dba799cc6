/**
 * Every entry of the hostile corpus through `<folio-article>.html`: markup
 * payloads as written, URL payloads in every URL attribute the sanitizer
 * allows (a link's href, an image's src, a quote's cite), each between
 * benign text and formatting. All articles render at once and the payloads
 * get one shared window to run in, which keeps the file fast.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/article/define.js';
import '../../src/section-heading/define.js';
import type { FolioArticle } from '../../src/article/article.js';
import { CLOBBER_NAMES, HOSTILE_CORPUS, type HostileEntry } from './support/hostile-corpus.js';
import {
  ARTICLE_HTML_FORBIDDEN,
  clobbered,
  dangers,
  expectHarmless,
  HostilePage,
  ran,
} from './support/hostile-checks.js';

// The benign parts are found by their formatting and words.
const BEFORE = '<p>前文 <strong>safe-before</strong> text</p>';
const AFTER = '<p><em>safe-after</em> 后文</p>';

/** The article body a CMS might hand over, with the payload in the middle. */
function articleHtml(entry: HostileEntry): string {
  if (entry.kind === 'markup') return `${BEFORE}${entry.value}${AFTER}`;
  const url = entry.value;
  return (
    `${BEFORE}<p>见 <a href="${url}" title="t">link-words</a> 与 <img src="${url}" alt="img-alt" width="4" height="3"></p>` +
    `<blockquote cite="${url}"><p>quoted-words</p></blockquote><p><q cite="${url}">q-words</q></p>` +
    `<figure><img src="/ok.png" srcset="/ok.png 1x, ${url} 2x" alt="fig"><figcaption>cap-words</figcaption></figure>` +
    `<figure><video src="${url}" poster="${url}"><source src="${url}"><track src="${url}"></video><picture><source srcset="/ok.avif 1x, ${url} 2x"><img src="/ok.png" alt="pic"></picture></figure>` +
    `<iframe src="${url}"></iframe>${AFTER}`
  );
}

const ARTICLE_PAGE_FORBIDDEN = 'frame, frameset, object, embed, applet, base, meta, link, portal, fencedframe';

const SCAN = {
  forbid: ARTICLE_HTML_FORBIDDEN,
  contentPolicy: true,
  // The copy button of an upgraded <folio-section-heading> (a button with SVG icons) is the heading's own widget.
  ownWidgets: '.folio-section-heading__copy, .folio-section-heading__status, .folio-section-heading__link-field',
};

describe('hostile corpus through <folio-article>.html', function () {
  this.timeout(30_000);
  const articles = new Map<string, FolioArticle>();
  const page = new HostilePage();
  let host: HTMLElement;

  before(async () => {
    host = page.open();
    for (const entry of HOSTILE_CORPUS) {
      const article = document.createElement('folio-article');
      article.lang = 'zh-CN';
      article.toc = true;
      article.headline = `标题 ${entry.id}`;
      article.html = articleHtml(entry);
      host.append(article);
      articles.set(entry.id, article);
    }
    await waitUntil(
      () => [...articles.values()].every((a) => a.querySelector('[data-folio-article-part="body"]')),
      'every body sanitized',
      { timeout: 10_000 },
    );
    await Promise.all([...articles.values()].map((a) => a.updateComplete));
    await page.runPayloads(articles.values());
  });

  after(() => {
    page.close();
  });

  for (const entry of HOSTILE_CORPUS) {
    it(`${entry.id} (${entry.category}): ${entry.note}`, () => {
      const article = articles.get(entry.id)!;
      const body = article.querySelector('[data-folio-article-part="body"]')!;
      // The body is what the sanitizer produced; the header, contents and notice around it are the article's own.
      expectHarmless(entry.id, body, SCAN);
      // Around the body too; its players are judged by the policy (sandboxed, from the allowed hosts).
      expect(dangers(article, { forbid: ARTICLE_PAGE_FORBIDDEN, contentPolicy: true }), 'in the article').to.deep.equal(
        [],
      );
      // The benign text and formatting around the payload survive.
      const has = (selector: string, words: string) =>
        [...body.querySelectorAll(selector)].some((el) => el.textContent === words);
      expect(has('p > strong', 'safe-before'), 'safe markup before').to.equal(true);
      if (!entry.swallowsFollowing) expect(has('p > em', 'safe-after'), 'safe markup after').to.equal(true);
      if (entry.kind === 'url') {
        // An unsafe link loses its href, never its words.
        for (const words of ['link-words', 'quoted-words', 'q-words', 'cap-words'])
          expect(body.textContent, words).to.include(words);
        expect(
          body.querySelector('img[alt="img-alt"]') === null ||
            !/^\s*(javascript|data|vbscript):/i.test(
              body.querySelector('img[alt="img-alt"]')!.getAttribute('src') ?? '',
            ),
        ).to.equal(true);
      }
    });
  }

  it('no payload clobbered a document or window property', () => {
    expect(clobbered()).to.deep.equal([]);
    // The code that reads them still works: a new article resolves links against the real document.
    expect(document.getElementById('hostile-keyframes') instanceof HTMLStyleElement).to.equal(true);
    expect(typeof document.cookie).to.equal('string');
  });

  it('ids, names and anchor ids named after document and window members clobber nothing', async () => {
    const article = document.createElement('folio-article');
    article.toc = true;
    article.html = CLOBBER_NAMES.map(
      (n) =>
        `<p><img id="${n}" name="${n}" alt="${n}"><a id="${n}" name="${n}" href="#${n}">${n}</a></p><folio-section-heading anchor-id="${n}">${n}</folio-section-heading>`,
    ).join('');
    host.append(article);
    await waitUntil(() => article.querySelector('[data-folio-article-part="body"]'), 'sanitized');
    await article.updateComplete;
    expect(clobbered()).to.deep.equal([]);
    expect(document.createElement('p') instanceof HTMLParagraphElement).to.equal(true);
    // The words stay; only the ids that would shadow a document member went.
    expect(article.querySelectorAll('[data-folio-article-part="body"] a').length).to.equal(CLOBBER_NAMES.length);
  });

  it('nothing threw, and the sentinel never ran at all', () => {
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });

  it('each article that lost something said so, naming html', () => {
    const messages = page.warnings;
    expect(messages.filter((m) => m.startsWith('<folio-article> html: removed')).length).to.be.greaterThan(
      HOSTILE_CORPUS.length / 2,
    );
  });
});
