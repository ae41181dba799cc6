import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/post-nav/define.js';
import type { FolioPostNav } from '../../src/post-nav/define.js';
import { prefetchableUrl } from '../../src/post-nav/prefetch.js';

const rules = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="speculationrules"]')];
const prefetchLinks = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')];
const abs = (path: string) => new URL(path, location.href).href;
// Files the test server really serves, so the prefetches it triggers do not 404.
const PREVIOUS = new URL('../../README.md', import.meta.url).pathname;
const NEXT = new URL('../../CONTRIBUTING.md', import.meta.url).pathname;

async function nav(attrs: { prev?: string; next?: string; prefetch?: boolean }): Promise<FolioPostNav> {
  const wrapper = await fixture(html`<div lang="en"><folio-post-nav
    ?prefetch=${attrs.prefetch ?? true}
    prev-href=${attrs.prev ?? PREVIOUS} prev-title="Earlier"
    next-href=${attrs.next ?? NEXT} next-title="Later"></folio-post-nav></div>`);
  const el = wrapper.querySelector('folio-post-nav')!;
  await el.updateComplete;
  return el;
}
const link = (el: FolioPostNav, rel: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[rel=${rel}]`)!;

async function hover(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

describe('<folio-post-nav prefetch>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('adds one <link rel="prefetch"> per URL on hover or focus, and removes them when the element leaves', async () => {
    const el = await nav({});
    expect(prefetchLinks()).to.have.length(0);
    await hover(link(el, 'next'));
    expect(prefetchLinks().map((l) => l.href)).to.deep.equal([abs(NEXT)]);
    link(el, 'next').focus();
    await resetMouse();
    await hover(link(el, 'next'));
    expect(prefetchLinks(), 'once per URL').to.have.length(1);
    link(el, 'prev').focus();
    expect(prefetchLinks().map((l) => l.href)).to.deep.equal([abs(NEXT), abs(PREVIOUS)]);
    el.remove();
    expect(prefetchLinks()).to.have.length(0);
  });

  it('never writes an inline script, even where speculation rules are supported (a strict CSP refuses them)', async () => {
    // Every engine says it supports them here (Chromium does; Firefox and WebKit do not yet).
    const supports = HTMLScriptElement.supports.bind(HTMLScriptElement);
    sinon.stub(HTMLScriptElement, 'supports').callsFake((type) => type === 'speculationrules' || supports(type));
    try {
      expect(HTMLScriptElement.supports('speculationrules')).to.equal(true);
      const el = await nav({});
      link(el, 'next').focus();
      link(el, 'prev').focus();
      expect(prefetchLinks()).to.have.length(2);
      expect(rules()).to.have.length(0);
      el.remove();
    } finally {
      sinon.restore();
    }
  });

  it('never prefetches another origin, the page itself or without the attribute', async () => {
    const el = await nav({ next: 'https://example.com/next.html', prev: '#top' });
    link(el, 'next').focus();
    link(el, 'prev').focus();
    expect(prefetchLinks()).to.have.length(0);
    const off = await nav({ prefetch: false });
    link(off, 'next').focus();
    await hover(link(off, 'prev'));
    expect(prefetchLinks()).to.have.length(0);
  });

  it('drops its hints when prefetch is turned off', async () => {
    const el = await nav({});
    link(el, 'next').focus();
    expect(prefetchLinks()).to.have.length(1);
    el.prefetch = false;
    await el.updateComplete;
    expect(prefetchLinks()).to.have.length(0);
  });

  it('judges URLs: same-origin http(s) only, fragment ignored', () => {
    expect(prefetchableUrl('/a.html#x', document)).to.equal(abs('/a.html'));
    expect(prefetchableUrl(`${location.origin}/b.html`, document)).to.equal(abs('/b.html'));
    expect(prefetchableUrl('https://example.com/a.html', document)).to.equal(undefined);
    expect(prefetchableUrl('mailto:a@example.com', document)).to.equal(undefined);
    expect(prefetchableUrl('#section', document)).to.equal(undefined);
  });
});
