// The keyboard and prefetch parts failing to load (offline, or a deploy that
// replaced the chunks). Its own page, so that neither part is loaded before
// the failure: every LazyPart on it is one of post-nav's.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import { LazyPart } from '../../src/core/lazy-part.js';
import { FolioPostNav } from '../../src/post-nav/define.js';

class RecordingPostNav extends FolioPostNav {
  followed: string[] = [];
  protected override followLink(href: string): void {
    this.followed.push(href);
  }
}
RecordingPostNav.define('recording-post-nav');

const prefetchLinks = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => l.href);
const abs = (path: string) => new URL(path, document.baseURI).href;
// A page the test server serves, so the prefetch it triggers does not 404.
const NEXT = new URL('../../CONTRIBUTING.md', import.meta.url).pathname;
const FAILURE = 'TypeError: Failed to fetch dynamically imported module';

describe('<folio-post-nav> when the keyboard or prefetch code cannot be loaded', () => {
  it('warns naming each attribute, keeps the links working, and loads the code at the next update', async () => {
    const warn = sinon.stub(console, 'warn');
    const load = sinon
      .stub(LazyPart.prototype, 'load')
      .rejects(new TypeError('Failed to fetch dynamically imported module'));
    let el: RecordingPostNav;
    try {
      const wrapper = await fixture(
        html`<div lang="en"><recording-post-nav keyboard prefetch prev-href="#lazy-failure-prev" next-href=${NEXT}></recording-post-nav></div>`,
      );
      el = wrapper.querySelector('recording-post-nav') as RecordingPostNav;
      await el.updateComplete;
      expect(load.callCount, 'both parts were asked for').to.equal(2);
      expect(warn.args.map((a) => String(a[0]))).to.deep.equal([
        `<recording-post-nav> keyboard: could not load its code (${FAILURE}); the links work without shortcuts.`,
        `<recording-post-nav> prefetch: could not load its code (${FAILURE}); the links work without prefetching.`,
      ]);
      const [prev, next] = [...el.shadowRoot!.querySelectorAll('a')];
      expect([prev!.getAttribute('href'), next!.getAttribute('href')]).to.deep.equal(['#lazy-failure-prev', NEXT]);
      expect(next!.hasAttribute('aria-keyshortcuts'), 'no shortcut is announced that does not work').to.equal(false);
      await expect(el).to.be.accessible();

      next!.focus();
      expect(prefetchLinks()).to.deep.equal([]);
      next!.blur();
      await sendKeys({ press: 'j' });
      expect(el.followed).to.deep.equal([]);
      // A click still follows the link (a fragment here, so the test page stays).
      const announced: string[] = [];
      const record = (e: Event) => announced.push((e as CustomEvent<{ href: string }>).detail.href);
      document.addEventListener('folio-navigate', record);
      try {
        prev!.click();
        // Firefox follows a link after the click returns, Chromium and WebKit during it.
        await waitUntil(() => location.hash === '#lazy-failure-prev', 'the click followed the link');
        expect(announced).to.deep.equal([abs('#lazy-failure-prev')]);
      } finally {
        document.removeEventListener('folio-navigate', record);
        history.replaceState(null, '', location.pathname + location.search);
      }
    } finally {
      load.restore();
      warn.restore();
    }

    // The network is back: the next update tries again, and both features work.
    el.setAttribute('next-title', 'Later');
    await el.updateComplete;
    const next = el.shadowRoot!.querySelector('a[rel=next]') as HTMLAnchorElement;
    expect(next.getAttribute('aria-keyshortcuts')).to.equal('ArrowRight j');
    await sendKeys({ press: 'j' });
    expect(el.followed).to.deep.equal([abs(NEXT)]);
    next.focus();
    expect(prefetchLinks()).to.deep.equal([abs(NEXT)]);
    el.remove();
    expect(prefetchLinks()).to.deep.equal([]);
  });
});
