import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

/**
 * The feed part (./feed.ts) and the grid part (./grid.ts) load only for an
 * element that needs them, and an element whose part cannot be loaded still
 * renders gracefully and says why. Each case runs in a fresh iframe: its own
 * module map, so the parts are not loaded yet, and an import map can make
 * their import fail as an offline reader's would.
 */
const define = new URL('../../src/related-posts/define.ts', import.meta.url).href;
const partUrls = (name: string) =>
  ['ts', 'js'].map((ext) => new URL(`../../src/related-posts/${name}.${ext}`, import.meta.url).href);
const ITEMS = JSON.stringify([{ title: '相关文章 1', href: '/posts/1.html', excerpt: '摘要' }]);

interface Page {
  el: HTMLElement & { updateComplete: Promise<unknown> };
  warnings: string[];
  errors: unknown[];
  fetched: (name: string) => boolean;
}

async function page(element: string, failing: string[] = []): Promise<Page> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe style="width: 700px; height: 800px; border: 0"></iframe>`,
  );
  const imports = Object.fromEntries(
    failing.flatMap(partUrls).map((url) => [url, 'data:text/javascript,throw new Error("offline")']),
  );
  frame.srcdoc = `<!doctype html><html lang="en"><head><script type="importmap">${JSON.stringify({ imports })}</script></head><body>${element}</body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow! as unknown as typeof globalThis;
  const warnings: string[] = [];
  const errors: unknown[] = [];
  win.console.warn = (message: string) => warnings.push(message);
  win.addEventListener('error', (event) => errors.push(event.error));
  win.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = define;
  win.document.head.append(script);
  await waitUntil(() => win.customElements.get('folio-related-posts'), 'never defined', { timeout: 5000 });
  const el = win.document.querySelector('folio-related-posts') as Page['el'];
  await el.updateComplete;
  const fetched = (name: string) =>
    win.performance.getEntriesByType('resource').some((e) => e.name.includes(`/related-posts/${name}.`));
  return { el, warnings, errors, fetched };
}

describe('<folio-related-posts> lazy parts', () => {
  it('downloads neither part for a list without src (the seed page’s case)', async () => {
    const { el, fetched } = await page(
      `<folio-related-posts><script type="application/json">${ITEMS}</script></folio-related-posts>`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(fetched('feed'), 'the feed part').to.equal(false);
    expect(fetched('grid'), 'the grid part').to.equal(false);
  });

  it('renders the skeleton in the first render of a src feed: updateComplete waited for the feed part', async () => {
    const { el, fetched } = await page(
      '<folio-related-posts limit="3" timeout="5000" src="/test-api/related/hang?key=lazy-feed"></folio-related-posts>',
    );
    expect(fetched('feed')).to.equal(true);
    expect(el.matches(':state(loading)')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton"] li')).to.have.length(3);
    el.remove(); // aborts the hanging request
  });

  it('shows the error state, without a retry button, and warns naming src when the feed part cannot be loaded', async () => {
    const { el, warnings, errors } = await page(
      '<folio-related-posts src="/test-api/related/feed?count=2"></folio-related-posts>',
      ['feed'],
    );
    expect(el.matches(':state(error)')).to.equal(true);
    expect(el.matches(':state(pending)'), 'no longer pending').to.equal(false);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Related posts could not be loaded.');
    expect(root.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Related posts');
    expect(root.querySelector('[part~="retry"]')).to.equal(null);
    expect(root.querySelector('[part~="skeleton"]')).to.equal(null);
    expect(warnings.join('\n')).to.contain(
      '<folio-related-posts> src: could not load its code (Error: offline); the error state is shown.',
    );
    expect(errors).to.deep.equal([]);
  });

  it('falls back to the list layout, and warns naming layout, when the grid part cannot be loaded', async () => {
    const { el, warnings, errors } = await page(
      `<folio-related-posts layout="grid"><script type="application/json">${ITEMS}</script></folio-related-posts>`,
      ['grid'],
    );
    const list = el.shadowRoot!.querySelector('[part~="list"]')!;
    expect(list.classList.contains('list')).to.equal(true);
    expect(list.querySelector('[part~="title"]')!.textContent).to.equal('相关文章 1');
    expect(list.querySelector('[part~="image"]'), 'no grid card').to.equal(null);
    expect(warnings.join('\n')).to.contain(
      '<folio-related-posts> layout: could not load its code (Error: offline); list is used.',
    );
    expect(errors).to.deep.equal([]);
  });
});
