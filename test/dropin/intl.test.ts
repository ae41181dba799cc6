// A page whose text is already right costs no Intl formatter: the seed page as
// a CMS fills it (test/dropin/pages/seed-intl.html, dist/ files over http, in
// a frame of its own so no formatter is cached from another test) builds
// none before its load event, nor after, until the reader changes the
// language. bench/pages/intl-counter.js counts the Intl constructors.
import { expect } from '@open-wc/testing';
import { afterIdle } from '../helpers/wait.js';

const BASE = '/test-api/dropin/';
const TAGS = ['folio-article', 'folio-post-nav', 'folio-reactions', 'folio-copyright-notice', 'folio-related-posts'];

interface IntlCounts {
  total: number;
  beforeLoad: number;
  kinds: string[];
}
type PageWindow = Window & typeof globalThis & { __intl: IntlCounts; __dropin: { errors: string[] } };
type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
const frame = (win: Window) => new Promise((done) => win.requestAnimationFrame(done));

async function openSeed(): Promise<{ win: PageWindow; doc: Document; settled(): Promise<void> }> {
  const element = document.createElement('iframe');
  element.style.cssText = 'width: 900px; height: 1200px; border: 0';
  frames.push(element);
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  element.src = `${BASE}pages/seed-intl.html`;
  document.body.append(element);
  await loaded;
  const win = element.contentWindow as PageWindow;
  const doc = element.contentDocument!;
  const settled = async () => {
    await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
    await Promise.all([...doc.querySelectorAll<Upgraded>(TAGS.join(','))].map((el) => el.updateComplete));
    // Work left for idle time (the contents' section tracking) and a few frames.
    await afterIdle(win);
    for (let i = 0; i < 3; i++) await frame(win);
  };
  await settled();
  return { win, doc, settled };
}

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('no Intl formatter on a page whose text is already right', function () {
  this.timeout(60_000);
  before(async function () {
    this.timeout(180_000); // builds dist/ once if it is missing or stale
    expect((await fetch(`${BASE}ready`)).status, 'dist/ built').to.equal(204);
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('the CMS-filled seed page builds none, before its load event or after, and shows what it would have formatted', async () => {
    const { win, doc } = await openSeed();
    expect(win.__dropin.errors).to.deep.equal([]);
    expect(win.__intl.beforeLoad, `before load: ${win.__intl.kinds.join(', ')}`).to.equal(0);
    expect(win.__intl.total, `in all: ${win.__intl.kinds.join(', ')}`).to.equal(0);
    // The dates are the page's own text, in <time> elements with the page's datetime.
    const nav = doc.querySelector('folio-post-nav')!;
    const times = [...nav.shadowRoot!.querySelectorAll('time')].map((t) => [t.dateTime, t.textContent!.trim()]);
    expect(times).to.deep.equal([
      ['2023-06-01T10:40:00+08:00', '2023年6月1日 上午10:40'],
      ['2023-06-01T10:56:00+08:00', '2023年6月1日 上午10:56'],
    ]);
    // The reading time and length are there, and the like count (test/node/intl-cache.test.ts compares such numbers with Intl's).
    const meta = doc.querySelector('folio-article .folio-article-meta')!.textContent!;
    expect(meta).to.match(/\d+ 分钟/);
    expect(meta).to.match(/\d+ ?字/);
    expect(shadowText(doc.querySelector('folio-reactions')!)).to.include('234');
  });

  it('formats the dates itself once the language or the zone changes, and only then', async () => {
    const { win, doc, settled } = await openSeed();
    expect(win.__intl.total).to.equal(0);
    const nav = doc.querySelector('folio-post-nav')!;
    nav.setAttribute('lang', 'en');
    await settled();
    expect(win.__intl.kinds).to.include('DateTimeFormat');
    expect(shadowText(nav)).to.include('June 1, 2023');
    const english = shadowText(nav);
    nav.setAttribute('lang', 'zh-CN');
    nav.setAttribute('time-zone', 'UTC');
    await settled();
    // In UTC the same instants read two hours past midnight, not the page's Shanghai time.
    expect(shadowText(nav)).to.not.equal(english);
    expect(shadowText(nav)).to.include('2:40');
    expect(shadowText(nav)).to.not.include('10:40');
  });
});
