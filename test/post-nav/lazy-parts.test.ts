// The code of the opt-in keyboard and prefetch features loads only for an
// element that has the attribute. This file is its own page, so what it loads
// is measured from the start: keep the case without either attribute first.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import { FolioPostNav } from '../../src/post-nav/define.js';

const fetched = (part: 'keyboard' | 'prefetch') =>
  performance
    .getEntriesByType('resource')
    .some((e) => new RegExp(`/src/post-nav/${part}\\.(ts|js)$`).test(new URL(e.name).pathname));
const prefetchLinks = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => l.href);
const abs = (path: string) => new URL(path, document.baseURI).href;
// Files the test server really serves, so the prefetches they trigger do not 404.
const PREVIOUS = new URL('../../README.md', import.meta.url).pathname;
const NEXT = new URL('../../CONTRIBUTING.md', import.meta.url).pathname;

/** What the links were at the first render, before any part could have arrived (its load starts after that render). */
let atFirstRender: { shortcuts: Array<string | null>; hrefs: Array<string | null>; height: number } | undefined;
class ProbePostNav extends FolioPostNav {
  followed: string[] = [];
  protected override firstUpdated(): void {
    const links = [...this.shadowRoot!.querySelectorAll('a')];
    atFirstRender = {
      shortcuts: links.map((a) => a.getAttribute('aria-keyshortcuts')),
      hrefs: links.map((a) => a.getAttribute('href')),
      height: this.getBoundingClientRect().height,
    };
  }
  protected override followLink(href: string): void {
    this.followed.push(href);
  }
}
ProbePostNav.define('probe-post-nav');

async function probe(attributes: string[]): Promise<ProbePostNav> {
  const wrapper = await fixture(html`<div lang="en" style="width: 40rem"></div>`);
  const el = document.createElement('probe-post-nav') as ProbePostNav;
  el.setAttribute('prev-href', PREVIOUS);
  el.setAttribute('prev-title', 'Earlier');
  el.setAttribute('next-href', NEXT);
  el.setAttribute('next-title', 'Later');
  for (const name of attributes) el.setAttribute(name, '');
  wrapper.append(el);
  await el.updateComplete;
  (document.activeElement as HTMLElement | null)?.blur();
  return el;
}
const links = (el: FolioPostNav) => [...el.shadowRoot!.querySelectorAll('a')];

describe('<folio-post-nav> keyboard and prefetch parts', () => {
  it('loads neither for a post-nav without keyboard or prefetch, as on the seed page', async () => {
    const el = await probe([]);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([PREVIOUS, NEXT]);
    links(el)[1]!.focus();
    await sendKeys({ press: 'j' });
    expect(el.followed).to.deep.equal([]);
    expect(prefetchLinks()).to.deep.equal([]);
    expect(fetched('keyboard')).to.equal(false);
    expect(fetched('prefetch')).to.equal(false);
    el.remove();
  });

  it('loads the keyboard part with the first element that has keyboard: links at once, the shortcuts by updateComplete, nothing moved', async () => {
    atFirstRender = undefined;
    const el = await probe(['keyboard']);
    expect(atFirstRender, 'the first render did not wait for the part: its links were already there').to.deep.equal({
      shortcuts: [null, null],
      hrefs: [PREVIOUS, NEXT],
      height: el.getBoundingClientRect().height,
    });
    expect(fetched('keyboard')).to.equal(true);
    expect(fetched('prefetch'), 'not the prefetch part').to.equal(false);
    expect(links(el).map((a) => a.getAttribute('aria-keyshortcuts'))).to.deep.equal(['ArrowLeft k', 'ArrowRight j']);
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.followed).to.deep.equal([abs(NEXT), abs(PREVIOUS)]);
    el.remove();
    await sendKeys({ press: 'k' });
    expect(el.followed, 'no listener left once removed').to.have.length(2);
  });

  it('gives an element made without keyboard its shortcuts when it is switched on, and takes them away when off', async () => {
    const el = await probe([]);
    await sendKeys({ press: 'j' });
    expect(el.followed).to.deep.equal([]);
    el.keyboard = true;
    await el.updateComplete;
    expect(links(el)[1]!.getAttribute('aria-keyshortcuts')).to.equal('ArrowRight j');
    await sendKeys({ press: 'j' });
    expect(el.followed).to.deep.equal([abs(NEXT)]);
    el.keyboard = false;
    await el.updateComplete;
    await sendKeys({ press: 'k' });
    expect(el.followed).to.deep.equal([abs(NEXT)]);
    expect(links(el)[0]!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    el.remove();
  });

  it('loads the prefetch part when the attribute is switched on at runtime', async () => {
    const el = await probe([]);
    links(el)[1]!.focus();
    expect(prefetchLinks()).to.deep.equal([]);
    expect(fetched('prefetch')).to.equal(false);
    el.prefetch = true;
    await el.updateComplete;
    expect(fetched('prefetch')).to.equal(true);
    links(el)[0]!.focus();
    expect(prefetchLinks()).to.deep.equal([abs(PREVIOUS)]);
    el.remove();
    expect(prefetchLinks(), 'its hints leave with it').to.deep.equal([]);
  });
});
