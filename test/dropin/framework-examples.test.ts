// The React 19 and Vue examples (demo/react, demo/vue), built by their own
// Vite configs and run in Chromium: the properties they pass reach the
// elements as properties, and their folio-* listeners are really attached.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

type Upgraded = HTMLElement & { updateComplete?: Promise<unknown> };
type RelatedPosts = Upgraded & { items?: unknown[] };
type Article = Upgraded & { blocks?: unknown[] };

const frames: HTMLIFrameElement[] = [];

async function openExample(name: string): Promise<{ win: Window & typeof globalThis; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1400px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/dropin/examples/${name}/index.html`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector('folio-related-posts')?.shadowRoot?.querySelector('a[href]'),
    `${name} rendered its related posts`,
    { timeout: 10_000 },
  );
  await Promise.all(
    [...doc.querySelectorAll<Upgraded>('folio-article, folio-post-nav, folio-related-posts')].map(
      (el) => el.updateComplete,
    ),
  );
  return { win, doc };
}

const events = (doc: Document) =>
  [...doc.querySelectorAll('ol[aria-label="events"] li')].map((li) => li.textContent!.trim());

for (const name of ['react', 'vue']) {
  describe(`${name} example`, function () {
    before(async function () {
      this.timeout(120_000); // the first request builds the example with Vite
      const response = await fetch(`/test-api/dropin/examples/${name}/index.html`);
      expect(response.status).to.equal(200);
    });
    afterEach(() => frames.splice(0).forEach((f) => f.remove()));

    it('passes items and blocks as properties, not as attributes', async () => {
      const { doc } = await openExample(name);
      const related = doc.querySelector<RelatedPosts>('folio-related-posts')!;
      expect(related.hasAttribute('items'), 'no stringified items attribute').to.equal(false);
      expect(related.items).to.have.length(2);
      expect([...related.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.textContent!.trim())).to.deep.equal([
        '城南旧书市集的第十个夏天',
        '一家旧书店的搬迁日记',
      ]);

      const article = doc.querySelector<Article>('folio-article')!;
      expect(article.hasAttribute('blocks')).to.equal(false);
      expect(article.blocks).to.have.length(3);
      expect(article.textContent).to.contain('摊主们说，今年来淘书的年轻人比往年多。');
      expect(article.querySelector('h1')!.textContent).to.equal('旧书市集');
      // Attributes as written, kebab-case included.
      const nav = doc.querySelector('folio-post-nav')!;
      expect(nav.getAttribute('prev-title')).to.equal('上一篇文章');
    });

    it('listens to folio-navigate and folio-related-click; the handler can cancel navigation', async () => {
      const { win, doc } = await openExample(name);
      const nav = doc.querySelector('folio-post-nav')!;
      nav.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="prev"]')!.click();
      await waitUntil(() => events(doc).length === 1, 'the navigate listener ran');
      expect(events(doc)[0]).to.equal(`navigate prev ${new URL('/posts/previous', win.location.href).href}`);
      expect(win.location.pathname, 'preventDefault() kept the page').to.contain(`/examples/${name}/`);

      const related = doc.querySelector('folio-related-posts')!;
      const second = related.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')[1];
      // Keep the frame on the page: the example does not cancel a related-post click.
      win.addEventListener('click', (event) => event.preventDefault(), { once: true });
      second.click();
      await waitUntil(() => events(doc).length === 2, 'the related-click listener ran');
      expect(events(doc)[1]).to.equal('related 1: 一家旧书店的搬迁日记');
    });
  });
}
