// A theme hands JSON to properties; whatever it hands over, the element renders
// and warns naming the attribute or field, and no update rejects.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-posts/define.js';
import type { FolioRelatedPosts } from '../../src/related-posts/related-posts.js';
import { titles } from './helpers.js';

const warnings = (stub: sinon.SinonStub) => stub.args.map((a) => String(a[0])).join('\n');

describe('<folio-related-posts> with JSON in its properties', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('skips a BigInt or a cyclic item with a warning, and lists the rest', async () => {
    const cyclic: Record<string, unknown> = { title: 'Cycle' };
    cyclic.self = cyclic;
    // The grid: the layout that shows images, and so checks them.
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" layout="grid"></folio-related-posts>`,
    );
    el.items = [5n, [cyclic], { title: 'Good', href: '/good.html', image: { url: '/x.png' } }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Good']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const text = warnings(warnStub);
    expect(text).to.contain('<folio-related-posts> items[0]: "5" is not an object');
    expect(text).to.contain('<folio-related-posts> items[1]: "[object Array]" is not an object');
    expect(text).to.contain('<folio-related-posts> items[2].image: "{\\"url\\":\\"/x.png\\"}" is not a URL');
  });

  it('reads string properties given other JSON: a number as text, anything else warned about and ignored', async () => {
    const el = await fixture<FolioRelatedPosts>(html`<folio-related-posts lang="en"></folio-related-posts>`);
    const loose = el as unknown as Record<string, unknown>;
    loose.heading = { zh: '相关' };
    loose.exclude = ['/a.html'];
    loose.timeZone = true;
    el.items = [{ title: 'A', href: '/a.html' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Related posts');
    expect(titles(el)).to.deep.equal(['A']);
    const text = warnings(warnStub);
    expect(text).to.contain('<folio-related-posts> heading: "{\\"zh\\":\\"相关\\"}" is not text; it is ignored.');
    expect(text).to.contain('<folio-related-posts> exclude: "[\\"/a.html\\"]" is not text');
    expect(text).to.contain('<folio-related-posts> time-zone: "true" is not text');
    loose.heading = 2024;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('2024');
  });

  it('treats a removed heading-level as absent: level 2, no warning', async () => {
    const el = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" heading-level="3"></folio-related-posts>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h2');
    expect(warnings(warnStub)).to.equal('');
  });

  it('describes objects with their own toString without calling it (layout, limit, heading-level, timeout, items)', async () => {
    const hostile = () => JSON.parse('{"toString": null, "valueOf": ""}') as unknown;
    const el = await fixture<FolioRelatedPosts>(html`<folio-related-posts lang="en"></folio-related-posts>`);
    const loose = el as unknown as Record<string, unknown>;
    loose.layout = hostile();
    loose.limit = hostile();
    loose.headingLevel = hostile();
    el.items = [hostile(), { title: 'Kept', href: '/k.html' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Kept']);
    const text = warnings(warnStub);
    expect(text).to.contain('<folio-related-posts> layout: "{\\"toString\\":null,\\"valueOf\\":\\"\\"}" is not text');
    expect(text).to.contain('<folio-related-posts> limit: ');
    expect(text).to.contain('<folio-related-posts> heading-level: ');
    expect(text).to.contain('<folio-related-posts> items[0].title: is missing');
    const feed = await fixture<FolioRelatedPosts>(
      html`<folio-related-posts lang="en" .fetcher=${() => Promise.resolve(new Response('[]'))}></folio-related-posts>`,
    );
    (feed as unknown as Record<string, unknown>).timeout = hostile();
    feed.src = '/feed.json';
    await feed.updateComplete;
    expect(warnings(warnStub)).to.contain('<folio-related-posts> timeout: ');
  });
});
