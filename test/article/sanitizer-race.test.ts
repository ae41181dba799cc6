import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

/**
 * Issue 17: a body given as `html` was sometimes missing after
 * `await el.updateComplete` on a loaded machine. The sanitizer (its own
 * chunk, with DOMPurify) was imported by the body part after the render,
 * and updateComplete did not wait for it. Here the sanitizer's chunk is held
 * back by a test route until the test releases it, so the race is not left
 * to timing: whatever the network does, updateComplete means the body is there.
 */
const define = new URL('../../src/article/define.ts', import.meta.url).href;
const sanitizer = new URL('../../src/article/sanitize.ts', import.meta.url);
// Link-styled buttons as WordPress writes them: an <a> without href, in classed <div>s.
const BUTTONS =
  '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">My button</a></div></div><p>After.</p>';

async function api(route: string, key: string): Promise<Response> {
  return fetch(`/test-api/lazy/${route}?key=${key}`, { cache: 'no-store' });
}

describe('<folio-article>.html while the sanitizer is still on its way', () => {
  it('updateComplete resolves only once the sanitized body is there', async () => {
    const key = `sanitizer-${Date.now().toString(36)}`;
    const hold = `/test-api/lazy/hold?key=${key}&to=${encodeURIComponent(sanitizer.pathname)}`;
    const imports = Object.fromEntries(['ts', 'js'].map((ext) => [new URL(`sanitize.${ext}`, sanitizer).href, hold]));
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width: 700px; height: 600px; border: 0"></iframe>`,
    );
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="importmap">${JSON.stringify({ imports })}</script></head><body></body></html>`;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow! as unknown as typeof globalThis;
    const warnings: string[] = [];
    win.console.warn = (message: string) => warnings.push(message);
    const script = win.document.createElement('script');
    script.type = 'module';
    script.src = define;
    win.document.head.append(script);
    await waitUntil(() => win.customElements.get('folio-article'), 'never defined', { timeout: 5000 });

    const article = win.document.createElement('folio-article') as HTMLElement & {
      html?: string;
      updateComplete: Promise<boolean>;
    };
    article.innerHTML = '<p>The page’s own body.</p>';
    article.html = BUTTONS;
    win.document.body.append(article);
    const body = () => article.querySelector('[data-folio-article-part="body"]');
    // What the body holds at the moment updateComplete resolves, whenever that is.
    const atComplete = article.updateComplete.then(() => body()?.textContent ?? null);

    await waitUntil(async () => (await (await api('log', key)).json()).arrived, 'the sanitizer was never asked for', {
      timeout: 5000,
    });
    expect(body(), 'no body before it is sanitized').to.equal(null);
    await api('release', key);

    expect(await atComplete).to.equal('My buttonAfter.');
    const link = body()!.querySelector('a')!;
    expect(link.textContent).to.equal('My button');
    expect(link.hasAttribute('href')).to.equal(false);
    // The blocks' wrappers and classes are kept: the site's theme styles them.
    expect(body()!.querySelector('.wp-block-buttons > .wp-block-button > a.wp-block-button__link')).to.exist;
    expect(warnings.filter((w) => w.startsWith('<folio-article>'))).to.deep.equal([]);
  });
});
