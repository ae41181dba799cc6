/*
 * The README's front snippet promises no layout shift. `normalize-punctuation`
 * in the browser rewrites text already on screen, so the snippet's text is the
 * server's (or the CMS's) normalized text and the attribute is left out; the
 * docs say plainly that the client pass moves text. Both measured here at the
 * demo's column width in a 1280 px window: nothing imports the element before
 * the boxes are taken.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seedBodyHtml } from '../../fixtures/seed-article.js';
import { normalizePunctuation } from '../../src/article/text-passes.js';
import { setViewport } from '../helpers/viewport.js';
import { linkFolioCss, nextFrame } from './helpers.js';

const readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
const frontSnippet = /```html\n([\s\S]*?)```/.exec(readme)![1]!;

type Box = { top: number; height: number };
const boxes = (container: Element): Box[] =>
  [...container.querySelectorAll('folio-article > p:not([data-folio-article-part]), .after-article')].map((p) => {
    const r = p.getBoundingClientRect();
    return { top: r.top, height: r.height };
  });

/** The snippet's <folio-article>, attributes as written, holding the seed's body; `extra` attributes added. */
function mountSnippet(extra: string): HTMLElement {
  const written = new DOMParser().parseFromString(frontSnippet, 'text/html').querySelector('folio-article')!;
  const container = document.createElement('div');
  container.style.inlineSize = '46rem';
  container.innerHTML = `<folio-article ${extra}>${seedBodyHtml()}</folio-article><p class="after-article">下文</p>`;
  const article = container.querySelector('folio-article')!;
  for (const { name, value } of written.attributes) article.setAttribute(name, value);
  document.body.append(container);
  return container;
}

describe('normalize-punctuation and layout shift', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    await linkFolioCss();
  });

  it('the README front snippet declares its language and leaves normalization to the server', () => {
    expect(frontSnippet).to.match(/<folio-article[^>]*\blang="zh-CN"/);
    expect(frontSnippet).not.to.contain('normalize-punctuation');
  });

  it('moves nothing with the server’s normalized text; the client pass moves text, as the docs say', async () => {
    const server = mountSnippet('');
    normalizePunctuation([server.querySelector('folio-article')!]); // what normalizePunctuationText does on the server
    const client = mountSnippet('normalize-punctuation');
    await nextFrame();
    expect(customElements.get('folio-article')).to.equal(undefined);
    const before = [boxes(server), boxes(client)];

    await import('../../src/article/define.js');
    const clientArticle = client.querySelector('folio-article')!;
    await waitUntil(() => clientArticle.querySelector('p')!.textContent!.includes('强调，加强'), 'the client pass ran');
    await Promise.all(
      [server, client].map(
        (c) => (c.querySelector('folio-article') as Element & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
    await nextFrame();
    const after = [boxes(server), boxes(client)];

    after[0]!.forEach((box, i) => {
      expect(box.top, `server text, paragraph ${i}: top`).to.be.closeTo(before[0]![i]!.top, 0.5);
      expect(box.height, `server text, paragraph ${i}: height`).to.be.closeTo(before[0]![i]!.height, 0.5);
    });
    const moved = after[1]!.filter((box, i) => Math.abs(box.top - before[1]![i]!.top) > 0.5);
    expect(moved.length, 'the client pass rewraps text already drawn (docs/tags/article.md says so)').to.be.greaterThan(
      0,
    );
    server.remove();
    client.remove();
  });
});
