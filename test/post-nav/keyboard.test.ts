import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import { FolioPostNav, type FolioNavigateDetail } from '../../src/post-nav/define.js';

/** Records where a shortcut would have gone instead of leaving the test page. */
class RecordingPostNav extends FolioPostNav {
  followed: string[] = [];
  protected override followLink(href: string): void {
    this.followed.push(href);
  }
}
RecordingPostNav.define('recording-post-nav');

async function withModifier(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

const abs = (path: string) => new URL(path, document.baseURI).href;

describe('<folio-post-nav keyboard>', () => {
  let events: Array<CustomEvent<FolioNavigateDetail>>;
  const record = (e: Event) => events.push(e as CustomEvent<FolioNavigateDetail>);
  beforeEach(() => {
    events = [];
    document.addEventListener('folio-navigate', record);
  });
  afterEach(() => document.removeEventListener('folio-navigate', record));

  async function nav(attrs = 'keyboard', dir = 'ltr'): Promise<RecordingPostNav> {
    const wrapper =
      await fixture(html`<div lang="en" dir=${dir}><input aria-label="search" /><textarea aria-label="comment"></textarea>
      <div contenteditable="true" aria-label="editor" role="textbox"><b>rich</b> text</div></div>`);
    const el = document.createElement('recording-post-nav') as RecordingPostNav;
    el.setAttribute('prev-href', '/articles/1.html');
    el.setAttribute('next-href', '/articles/3.html');
    for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(a, '');
    wrapper.append(el);
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    return el;
  }
  const directions = () => events.map((e) => e.detail.direction);

  it('← and k go to the previous article, → and j to the next, announcing folio-navigate first', async () => {
    const el = await nav();
    await sendKeys({ press: 'ArrowLeft' });
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ direction: 'prev', href: abs('/articles/1.html') });
    expect(events[0]!.cancelable && events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'j' });
    await sendKeys({ press: 'k' });
    expect(directions()).to.deep.equal(['prev', 'next', 'next', 'prev']);
    expect(el.followed).to.deep.equal([
      abs('/articles/1.html'),
      abs('/articles/3.html'),
      abs('/articles/3.html'),
      abs('/articles/1.html'),
    ]);
  });

  it('announces the shortcuts on the links', async () => {
    const el = await nav();
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('aria-keyshortcuts'))).to.deep.equal(['ArrowLeft k', 'ArrowRight j']);
    await expect(el).to.be.accessible();
    el.keyboard = false;
    await el.updateComplete;
    expect(links.map((a) => a.hasAttribute('aria-keyshortcuts'))).to.deep.equal([false, false]);
  });

  it('follows the visual direction in right-to-left pages: → is previous, ← is next', async () => {
    const el = await nav('keyboard', 'rtl');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'k' });
    expect(directions()).to.deep.equal(['prev', 'next', 'prev']);
    expect(el.shadowRoot!.querySelector('a[rel=prev]')!.getAttribute('aria-keyshortcuts')).to.equal('ArrowRight k');
  });

  it('does nothing without the keyboard attribute', async () => {
    const el = await nav('');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'j' });
    expect(events).to.have.length(0);
    expect(el.followed).to.have.length(0);
  });

  for (const field of ['input', 'textarea', '[contenteditable]'] as const) {
    it(`is inert while typing in ${field}`, async () => {
      const el = await nav();
      const target = el.parentElement!.querySelector<HTMLElement>(field)!;
      target.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'k' });
      await sendKeys({ press: 'ArrowRight' });
      expect(events).to.have.length(0);
      expect(el.followed).to.have.length(0);
      if (field === 'input') expect((target as HTMLInputElement).value).to.equal('jk');
    });
  }

  it('is inert in a text field inside another component’s shadow root', async () => {
    const el = await nav();
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<label>Name <input></label>';
    el.parentElement!.append(host);
    host.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'j' });
    expect(events).to.have.length(0);
  });

  it('is inert with a modifier key', async () => {
    const el = await nav();
    await withModifier('Shift', 'ArrowLeft');
    await withModifier('Control', 'ArrowRight');
    await withModifier('Shift', 'J');
    await withModifier('Control', 'k');
    // Alt+← is the browser's Back: dispatched by hand so the test page cannot leave.
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', altKey: true, bubbles: true, composed: true }),
    );
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'k', metaKey: true, bubbles: true, composed: true }),
    );
    expect(events).to.have.length(0);
    expect(el.followed).to.have.length(0);
  });

  it('leaves a key someone already handled alone, and claims the keys it uses', async () => {
    await nav();
    const claim = (e: KeyboardEvent) => e.preventDefault();
    window.addEventListener('keydown', claim, { capture: true });
    try {
      await sendKeys({ press: 'ArrowLeft' });
      expect(events).to.have.length(0);
    } finally {
      window.removeEventListener('keydown', claim, { capture: true });
    }
    let prevented: boolean | undefined;
    const look = (e: KeyboardEvent) => (prevented = e.defaultPrevented);
    window.addEventListener('keydown', look);
    try {
      await sendKeys({ press: 'ArrowLeft' });
    } finally {
      window.removeEventListener('keydown', look);
    }
    expect(events).to.have.length(1);
    expect(prevented, 'the arrow no longer scrolls the page').to.equal(true);
  });

  it('lets the key keep its usual meaning when that side has no link', async () => {
    const el = await nav();
    el.removeAttribute('prev-href');
    el.setAttribute('prev-title', 'Only a title');
    await el.updateComplete;
    let prevented: boolean | undefined;
    const look = (e: KeyboardEvent) => (prevented = e.defaultPrevented);
    window.addEventListener('keydown', look);
    try {
      await sendKeys({ press: 'ArrowLeft' });
    } finally {
      window.removeEventListener('keydown', look);
    }
    expect(events).to.have.length(0);
    expect(prevented).to.equal(false);
  });

  it('does not follow the link when folio-navigate is canceled', async () => {
    const el = await nav();
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('folio-navigate', cancel);
    try {
      await sendKeys({ press: 'j' });
    } finally {
      document.removeEventListener('folio-navigate', cancel);
    }
    expect(events).to.have.length(1);
    expect(events[0]!.defaultPrevented).to.equal(true);
    expect(el.followed).to.deep.equal([]);
  });

  it('is inert once removed from the page, and again when put back', async () => {
    const el = await nav();
    const parent = el.parentElement!;
    el.remove();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'j' });
    expect(events).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await sendKeys({ press: 'j' });
    expect(directions()).to.deep.equal(['next']);
  });

  it('stops listening when the keyboard attribute is removed', async () => {
    const el = await nav();
    el.removeAttribute('keyboard');
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    expect(events).to.have.length(0);
  });

  it('navigates with location.assign when nobody cancels (a fragment link here, so the test page stays)', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><folio-post-nav keyboard prev-href="#kbd-previous" next-href="#kbd-next"></folio-post-nav></div>`,
    );
    const el = wrapper.querySelector('folio-post-nav')!;
    await el.updateComplete;
    try {
      await sendKeys({ press: 'ArrowRight' });
      expect(location.hash).to.equal('#kbd-next');
      await sendKeys({ press: 'k' });
      expect(location.hash).to.equal('#kbd-previous');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
