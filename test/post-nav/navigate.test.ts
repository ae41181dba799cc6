import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/post-nav/define.js';
import type { FolioNavigateDetail, FolioPostNav } from '../../src/post-nav/define.js';

describe('<folio-post-nav> folio-navigate on click', () => {
  let events: Array<CustomEvent<FolioNavigateDetail>>;
  // Whatever happens, the test page must never leave: a last listener records
  // whether the click was already canceled, then cancels it, except for fragment links.
  let clickWasPrevented: boolean | undefined;
  const guard = (e: MouseEvent) => {
    clickWasPrevented = e.defaultPrevented;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link && !link.getAttribute('href')!.startsWith('#')) e.preventDefault();
  };
  const record = (e: Event) => events.push(e as CustomEvent<FolioNavigateDetail>);
  beforeEach(() => {
    events = [];
    clickWasPrevented = undefined;
    window.addEventListener('click', guard);
    document.addEventListener('folio-navigate', record);
  });
  afterEach(() => {
    window.removeEventListener('click', guard);
    document.removeEventListener('folio-navigate', record);
    history.replaceState(null, '', location.pathname + location.search);
  });

  async function nav(prev: string, next: string): Promise<FolioPostNav> {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav prev-href=${prev} prev-title="Earlier" next-href=${next} next-title="Later"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    return el;
  }
  const link = (el: FolioPostNav, rel: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[rel=${rel}]`)!;

  it('is announced before the link is followed, and a cancel keeps the page (single-page routing)', async () => {
    const el = await nav('/away/previous.html', '/away/next.html');
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('folio-navigate', cancel);
    link(el, 'next').click();
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({
      direction: 'next',
      href: new URL('/away/next.html', location.href).href,
    });
    expect(events[0]!.defaultPrevented).to.equal(true);
    expect(clickWasPrevented, 'the click’s navigation was canceled by the element').to.equal(true);
    link(el, 'prev').click();
    expect(events[1]!.detail.direction).to.equal('prev');
    expect(clickWasPrevented).to.equal(true);
  });

  it('lets the browser follow the link when nobody cancels', async () => {
    const el = await nav('#earlier', '#later');
    link(el, 'next').click();
    expect(events).to.have.length(1);
    expect(events[0]!.defaultPrevented).to.equal(false);
    expect(clickWasPrevented).to.equal(false);
    // Firefox follows a link after the click returns, Chromium and WebKit during it.
    await waitUntil(() => location.hash === '#later', 'the browser followed the link to #later');
  });

  it('stays out of the way of modified and non-primary clicks (new tab, new window, download)', async () => {
    const el = await nav('/away/previous.html', '/away/next.html');
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      link(el, 'next').dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
      );
    }
    expect(events).to.have.length(0);
  });

  it('is not emitted for a side shown as plain text', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav prev-title="No link" prev-date="2023-06-01"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('[part~=prev]') as HTMLElement).click();
    expect(events).to.have.length(0);
  });
});
