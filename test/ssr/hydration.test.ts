// Hydration of the server-rendered seed page: the page is first shown
// without its module script, the nodes a reader sees are recorded with their
// boxes, then the script runs. Every tag must take over the server's nodes
// (same objects, same boxes to half a pixel) and work.
import { expect } from '@open-wc/testing';

const PAGE = '/test-api/ssr/seed-article.html';
const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/;

interface Loaded {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  script: string;
}

/** The page in an iframe, its module script held back. */
async function loadWithoutScript(query = '', width = 800): Promise<Loaded> {
  const html = await (await fetch(PAGE + query)).text();
  const script = SCRIPT.exec(html)?.[1];
  expect(script, 'the page loads a module script').to.be.a('string');
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: 1200px; border: 0`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  // srcdoc documents resolve URLs against this page, which is on the same server.
  iframe.srcdoc = html.replace(SCRIPT, '');
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  await doc.fonts.ready;
  return { iframe, doc, win: iframe.contentWindow as Window & typeof globalThis, script: script! };
}

const TAGS = [
  'folio-article',
  'folio-section-heading',
  'folio-post-nav',
  'folio-copyright-notice',
  'folio-related-posts',
  'folio-report-dialog',
];

/** Runs the page's module script and waits until every tag is defined and has finished updating. */
async function hydrate({ doc, win, script }: Loaded): Promise<void> {
  const element = doc.createElement('script');
  element.type = 'module';
  element.src = script;
  doc.head.append(element);
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      TAGS.flatMap((tag) =>
        [...doc.querySelectorAll(tag)].map(
          (el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete,
        ),
      ),
    );
    await new Promise((r) => win.requestAnimationFrame(() => setTimeout(r)));
  }
}

interface Watched {
  name: string;
  node: Element;
  box: DOMRect;
}

function watch(doc: Document): Watched[] {
  const watched: Array<[string, Element | null | undefined]> = [
    ['h1', doc.querySelector('folio-article h1')],
    ['meta line', doc.querySelector('.folio-article-meta')],
    ['contents', doc.querySelector('[data-folio-article-part="toc"]')],
    ['first paragraph', doc.querySelector('folio-article > p')],
    ['notice', doc.querySelector('[data-folio-article-part="notice"]')],
    ...[...doc.querySelectorAll('folio-section-heading')].flatMap((host, i): Array<[string, Element | null]> => [
      [`h2 #${i + 1}`, host.querySelector(':scope > h2')],
      [`copy button #${i + 1}`, host.querySelector(':scope > button')],
    ]),
    ...['folio-post-nav', 'folio-copyright-notice', 'folio-related-posts'].flatMap(
      (tag): Array<[string, Element | null]> => [
        [tag, doc.querySelector(tag)],
        ...[...(doc.querySelector(tag)?.shadowRoot?.children ?? [])]
          .filter((child) => child.localName !== 'style')
          .map((child, i): [string, Element] => [`${tag} shadow child ${i} <${child.localName}>`, child]),
      ],
    ),
    ['disclaimer', doc.querySelector('folio-copyright-notice > p')],
  ];
  for (const [name, node] of watched) expect(node, name).to.exist;
  return watched.map(([name, node]) => ({ name, node: node!, box: node!.getBoundingClientRect() }));
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('hydrating the server-rendered article page', () => {
  it('keeps every node and every box, and warns about nothing', async () => {
    const page = await loadWithoutScript();
    frames.push(page.iframe);
    const before = watch(page.doc);
    const shadowNav = page.doc.querySelector('folio-post-nav')!.shadowRoot!.querySelector('nav');
    const messages: string[] = [];
    for (const level of ['warn', 'error'] as const) {
      const original = page.win.console[level].bind(page.win.console);
      page.win.console[level] = (...args: unknown[]) => {
        if (!String(args[0]).startsWith('Lit is in dev mode')) messages.push(`${level}: ${args.map(String).join(' ')}`);
        original(...args);
      };
    }

    await hydrate(page);

    expect(page.win.customElements.get('folio-article'), 'the script ran').to.exist;
    const after = watch(page.doc);
    for (const [i, { name, node, box }] of before.entries()) {
      expect(after[i]!.node === node, `${name} is the same node`).to.equal(true);
      expect(node.isConnected, `${name} is still in the page`).to.equal(true);
      const now = after[i]!.box;
      for (const side of ['top', 'left', 'width', 'height'] as const) {
        expect(Math.abs(now[side] - box[side]), `${name} ${side}: ${box[side]} → ${now[side]}`).to.be.at.most(0.5);
      }
    }
    expect(page.doc.querySelector('folio-post-nav')!.shadowRoot!.querySelector('nav')).to.equal(shadowNav);
    // Nothing was added next to the server's parts: one header, one notice, one button per heading.
    const article = page.doc.querySelector('folio-article')!;
    expect(article.querySelectorAll(':scope > [data-folio-article-part="header"]')).to.have.length(1);
    expect(article.querySelectorAll(':scope > [data-folio-article-part="notice"]')).to.have.length(1);
    expect(article.querySelectorAll(':scope > [data-folio-article-part="structured-data"]')).to.have.length(1);
    for (const host of page.doc.querySelectorAll('folio-section-heading')) {
      expect(host.children, 'h2, button, live region').to.have.length(3);
    }
    expect(messages).to.deep.equal([]);
  });

  it('keeps the text in place on a wide screen, where the contents open beside it', async () => {
    const page = await loadWithoutScript('?bare', 1400);
    frames.push(page.iframe);
    const before = watch(page.doc);
    const toc = page.doc.querySelector<HTMLDetailsElement>('[data-folio-article-part="toc"]')!;
    expect(toc.open, 'the server cannot know the layout: closed').to.equal(false);
    await hydrate(page);
    const after = watch(page.doc);
    for (const [i, { name, node, box }] of before.entries()) {
      expect(after[i]!.node === node, `${name} is the same node`).to.equal(true);
      // The contents box itself opens in its side column; everything else stays put.
      if (name === 'contents') continue;
      expect(Math.abs(after[i]!.box.top - box.top) + Math.abs(after[i]!.box.height - box.height), name).to.be.at.most(
        0.5,
      );
    }
    expect(getComputedStyle(toc).position, 'a side column at this width').to.equal('absolute');
    expect(toc.open, 'opened beside the text once the element knows the layout').to.equal(true);
  });

  it('is interactive: the copy button copies a heading link, the notice opens the report dialog', async () => {
    const page = await loadWithoutScript();
    frames.push(page.iframe);
    const button = page.doc.querySelector<HTMLButtonElement>('folio-section-heading > button')!;
    await hydrate(page);

    const copied = new Promise<CustomEvent>((resolve) =>
      page.doc.addEventListener('folio-link-copy', (e) => resolve(e as CustomEvent), { once: true }),
    );
    button.click();
    const { detail } = await copied;
    expect(detail.id).to.equal('筑牢战斗堡垒-练强抓严学校党组织建设的基本功');
    expect(decodeURIComponent(detail.url)).to.match(/#筑牢战斗堡垒-练强抓严学校党组织建设的基本功$/);

    const dialog = page.doc.querySelector('folio-report-dialog') as HTMLElement & {
      open: boolean;
      updateComplete: Promise<unknown>;
    };
    expect(dialog.open).to.equal(false);
    const report = page.doc
      .querySelector('folio-copyright-notice')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="report-button"]')!;
    report.click();
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.shadowRoot!.querySelector('dialog')!.open, 'the modal <dialog> is shown').to.equal(true);
    // Lit SSR writes a false `.checked` binding as a checked attribute: the open dialog must not show a reason chosen.
    expect(dialog.shadowRoot!.querySelectorAll('input:checked'), 'nothing is preselected').to.have.length(0);
  });

  it('keeps the prev/next links and related posts of a page with full data', async () => {
    const page = await loadWithoutScript('?links');
    frames.push(page.iframe);
    const nav = page.doc.querySelector('folio-post-nav')!.shadowRoot!;
    const links = [...nav.querySelectorAll('a')];
    const related = [...page.doc.querySelector('folio-related-posts')!.shadowRoot!.querySelectorAll('a')];
    const boxes = [...links, ...related].map((a) => a.getBoundingClientRect());
    expect(related).to.have.length(2);
    await hydrate(page);
    expect([...nav.querySelectorAll('a')]).to.deep.equal(links);
    expect([...page.doc.querySelector('folio-related-posts')!.shadowRoot!.querySelectorAll('a')]).to.deep.equal(
      related,
    );
    [...links, ...related].forEach((a, i) => {
      const box = a.getBoundingClientRect();
      expect(Math.abs(box.top - boxes[i]!.top) + Math.abs(box.height - boxes[i]!.height), a.textContent!).to.be.at.most(
        0.5,
      );
    });
  });
});
