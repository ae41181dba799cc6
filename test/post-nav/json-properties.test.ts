// A theme hands JSON to properties: numbers are read as text, anything else
// warns naming the attribute and counts as absent; no update throws.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/post-nav/define.js';
import type { FolioPostNav } from '../../src/post-nav/define.js';

describe('<folio-post-nav> with JSON in its properties', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());

  it('shows a number as a title, leaves out an object, and warns naming the attribute', async () => {
    const el = await fixture<FolioPostNav>(html`<folio-post-nav lang="en"></folio-post-nav>`);
    const loose = el as unknown as Record<string, unknown>;
    loose.prevTitle = { zh: '上一篇' };
    loose.prevHref = '/prev.html';
    loose.nextTitle = 1984;
    loose.nextHref = ['/next.html'];
    loose.timeZone = {};
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~="prev"] [part~="title"]'), 'no title for the object').to.equal(null);
    expect(root.querySelector('a[rel="prev"]')!.getAttribute('href')).to.equal('/prev.html');
    expect(root.querySelector('[part~="next"] [part~="title"]')!.textContent).to.equal('1984');
    expect(root.querySelector('a[rel="next"]'), 'the array is no link').to.equal(null);
    const warnings = warnStub.args.map((a) => String(a[0])).join('\n');
    expect(warnings).to.contain('<folio-post-nav> prev-title: "{\\"zh\\":\\"上一篇\\"}" is not text; it is ignored.');
    expect(warnings).to.contain('<folio-post-nav> next-href: "[\\"/next.html\\"]" is not text');
    expect(warnings).to.contain('<folio-post-nav> time-zone: "{}" is not text');
  });
});
