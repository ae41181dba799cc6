import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

/**
 * folio.css must give the undefined tag the box it has once upgraded. A fresh
 * iframe has its own registry: measure there before and after the tag is defined.
 */
const css = new URL('../../src/folio.css', import.meta.url).href;
const define = new URL('../../src/related-posts/define.ts', import.meta.url).href;
const definePending = new URL('./pending-element.ts', import.meta.url).href;
const feed = (count: number) =>
  JSON.stringify(
    Array.from({ length: count }, (_, i) => ({
      title: `相关文章 ${i + 1}`,
      href: `/posts/${i + 1}.html`,
      date: '2023-06-01T10:40:00+08:00',
      image: `/test-api/related/image/${i + 1}.svg`,
      excerpt: '摘要',
    })),
  );

async function heights(
  attributes: string,
  width: number,
  count: number | null = 6,
): Promise<{ before: number; after: number }> {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe style="width: ${width}px; height: 1600px; border: 0"></iframe>`,
  );
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="${css}"></head>
    <body style="margin: 0; font: 16px sans-serif"><folio-related-posts ${attributes}>${count === null ? '' : `<script type="application/json">${feed(count)}</script>`}</folio-related-posts></body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const el = doc.querySelector('folio-related-posts')!;
  const before = el.getBoundingClientRect().height;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = define;
  doc.head.append(script);
  await waitUntil(() => frame.contentWindow!.customElements.get('folio-related-posts'), 'never defined', {
    timeout: 5000,
  });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { before, after: el.getBoundingClientRect().height };
}

describe('folio.css preflight for <folio-related-posts>', () => {
  const cases: Array<[string, number]> = [
    ['limit="4"', 700],
    ['limit="6"', 700],
    ['layout="compact" limit="5"', 700],
    ['layout="grid" limit="6"', 900],
    ['layout="grid" limit="3"', 560],
    ['layout="grid" limit="2"', 320],
  ];
  for (const [attributes, width] of cases) {
    it(`reserves the upgraded box: ${attributes || 'no attributes'} at ${width}px`, async () => {
      const { before, after } = await heights(attributes, width);
      expect(before).to.be.greaterThan(100);
      expect(before).to.be.closeTo(after, 1);
    });
  }

  it('reserves the heading and the empty message when there is nothing to load, and nothing with hide-empty', async () => {
    const { before, after } = await heights('', 700, null);
    expect(before).to.be.greaterThan(40);
    expect(before).to.be.closeTo(after, 1);
    expect(await heights('hide-empty', 700, null)).to.deep.equal({ before: 0, after: 0 });
  });

  it('reserves four rows without a limit (set limit for an exact box with other counts)', async () => {
    const { before, after } = await heights('', 700, 4);
    expect(before).to.be.closeTo(after, 1);
    expect((await heights('', 700, 6)).before).to.equal(before);
  });

  it('keeps the box while the code of a src feed loads (:state(pending)), then shows the skeleton in it', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe style="width: 700px; height: 1600px; border: 0"></iframe>`,
    );
    const key = `pending${Date.now().toString(36)}`;
    frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="${css}"></head>
      <body style="margin: 0; font: 16px sans-serif"><folio-related-posts limit="3" timeout="5000" src="/test-api/related/hang?key=${key}"></folio-related-posts><p id="after">below</p></body></html>`;
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const el = doc.querySelector('folio-related-posts')! as HTMLElement & { updateComplete: Promise<unknown> };
    const below = doc.getElementById('after')!;
    // The paragraph below must not move in any frame between upgrade and the skeleton.
    const tops = new Set<number>();
    let watching = true;
    const watch = () => {
      tops.add(below.getBoundingClientRect().top);
      if (watching) frame.contentWindow!.requestAnimationFrame(watch);
    };
    watch();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = define;
    doc.head.append(script);
    await waitUntil(() => frame.contentWindow!.customElements.get('folio-related-posts'), 'never defined', {
      timeout: 5000,
    });
    await el.updateComplete;
    watching = false;
    expect(el.matches(':state(pending)'), 'no longer pending once rendered').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton"] li')).to.have.length(3);
    expect([...tops], 'the paragraph below never moved').to.have.length(1);
    expect(tops.values().next().value).to.be.greaterThan(100);
    frame.remove();
  });

  const pendingCases: Array<[string, number]> = [
    ['layout="grid" limit="6"', 900], // two columns (the measure, 40em, is under 42em)
    ['layout="grid" limit="6" style="--folio-measure: 60em"', 1200], // three
    ['layout="grid" limit="5"', 380], // one
    ['limit="3"', 700],
  ];
  for (const [attributes, width] of pendingCases) {
    it(`gives a defined element in :state(pending) (code still loading) the preflight box: ${attributes} at ${width}px`, async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe style="width: ${width}px; height: 2400px; border: 0"></iframe>`,
      );
      frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><link rel="stylesheet" href="${css}"></head>
      <body style="margin: 0; font: 16px sans-serif"><folio-related-posts ${attributes} src="/feed.json"></folio-related-posts></body></html>`;
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow! as unknown as typeof globalThis;
      const el = frame.contentDocument!.querySelector('folio-related-posts')!;
      const before = el.getBoundingClientRect().height;
      // The moment between upgrade and first render, held still: defined, a shadow root with the
      // element's own styles, pending for a part that never comes (LazyPartController, as in the tag).
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = definePending;
      frame.contentDocument!.head.append(script);
      await waitUntil(() => el.matches(':state(pending)'), 'pending', { timeout: 5000 });
      await new Promise((resolve) => win.requestAnimationFrame(resolve));
      expect(before).to.be.greaterThan(100);
      expect(el.matches(':defined')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(before);
    });
  }
});
