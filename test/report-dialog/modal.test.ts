import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendMouse } from '@web/test-runner-commands';
import { sendKeys } from '../helpers/keys.js';
import { $, deepActive, dialogFixture, field, fill, storedDraft } from './helpers.js';

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<folio-report-dialog> as a modal dialog', () => {
  it('opens with show(), moves focus to the first field and reflects open', async () => {
    const { el, opener } = await dialogFixture();
    opener.focus();
    await el.show();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(deepActive()).to.equal($(el, 'input[name=reason]'));
    expect(getComputedStyle(dialog).opacity, 'show() settles after the fade-in').to.equal('1');
    await el.close();
    expect(dialog.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(getComputedStyle(dialog).display, 'close() settles after the fade-out').to.equal('none');
  });

  it('opens from the open attribute', async () => {
    const { el } = await dialogFixture();
    el.setAttribute('open', '');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    el.removeAttribute('open');
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('is labelled by its title and described by its introduction, inside the shadow root', async () => {
    const { el } = await dialogFixture();
    await el.show();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Report this page',
    );
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Tell us what is wrong',
    );
    await el.close();
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { el } = await dialogFixture();
    await el.show();
    const close = $(el, 'button.close');
    const send = $(el, 'button[type=submit]');
    await shiftTab();
    expect(deepActive(), 'from the first field back to the close button').to.equal(close);
    await shiftTab();
    expect(deepActive(), 'from the first element around to the last').to.equal(send);
    await sendKeys({ press: 'Tab' });
    expect(deepActive(), 'from the last element around to the first').to.equal(close);
    // A full lap by keyboard never leaves the shadow root.
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.contains(deepActive())).to.equal(true);
    }
    await el.close();
  });

  it('closes on Escape, keeps the draft and returns focus to the opener', async () => {
    const { el, opener, pageUrl } = await dialogFixture();
    opener.focus();
    await el.show();
    await fill(el, 'description', '有人抄袭');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'Escape did not close the dialog');
    expect(document.activeElement).to.equal(opener);
    expect(storedDraft(pageUrl)?.description).to.equal('有人抄袭');
    // Escape twice (a second press on a closed dialog) does nothing harmful either.
    await sendKeys({ press: 'Escape' });
    await el.show();
    expect((el.shadowRoot!.getElementById('field-description') as HTMLTextAreaElement).value).to.equal('有人抄袭');
    await el.close();
  });

  it('leaves Escape to an input method while the reader is composing text, and closes on Escape after', async () => {
    const { el } = await dialogFixture();
    await el.show();
    const description = field(el, 'description');
    description.focus();
    const requests: string[] = [];
    el.addEventListener('folio-report-close-request', (e) => requests.push((e as CustomEvent).detail.source));
    await sendKeys({ type: 'a' }); // typing, as a reader does, lets the dialog cancel the next Escape
    // The events an IME sends around a composition (a real IME cannot be driven headless).
    description.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open, 'Escape while composing keeps the dialog open').to.equal(true);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
    expect(requests).to.deep.equal([]);
    description.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '举报' }));
    // Chromium lets a page cancel one Escape per user activation, and Escape itself is none:
    // this one closes the dialog whether or not it comes through the close request.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !el.open, 'Escape after the composition did not close the dialog');
  });

  it('closes with the close button and on a click on the backdrop, not on a click inside', async () => {
    const { el, opener } = await dialogFixture();
    opener.focus();
    await el.show();
    const requested = oneEvent(el, 'folio-report-close-request');
    $<HTMLButtonElement>(el, 'button.close')!.click();
    expect((await requested).detail).to.deep.equal({ source: 'button' });
    await waitUntil(() => !el.open);
    expect(document.activeElement).to.equal(opener);

    await el.show();
    const intro = $(el, '#intro')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(intro.left + 5), Math.round(intro.top + 5)] });
    await el.updateComplete;
    expect(el.open, 'a click inside keeps it open').to.equal(true);
    const overlay = oneEvent(el, 'folio-report-close-request');
    await sendMouse({ type: 'click', position: [3, 3] });
    expect((await overlay).detail).to.deep.equal({ source: 'overlay' });
    await waitUntil(() => !el.open);
  });

  it('lets a listener cancel the close request', async () => {
    const { el } = await dialogFixture();
    await el.show();
    el.addEventListener('folio-report-close-request', (e) => e.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, 'button.close')!.click();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await el.close();
  });

  it('returns focus to an opener inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<button>report</button>';
    const button = root.querySelector('button')!;
    const { el } = await dialogFixture();
    button.focus();
    await el.show();
    expect(root.activeElement).to.equal(null);
    await el.close();
    expect(root.activeElement).to.equal(button);
    expect(document.activeElement).to.equal(host);
  });

  it('locks the page scroll while open and restores the page’s own styles exactly', async () => {
    const tall = await fixture<HTMLDivElement>(html`<div style="block-size: 4000px">tall page</div>`);
    const rootEl = document.documentElement;
    rootEl.style.overflow = 'clip visible';
    const { el } = await dialogFixture();
    const widthBefore = rootEl.clientWidth;
    await el.show();
    expect(getComputedStyle(rootEl).overflow).to.equal('hidden');
    expect(rootEl.clientWidth, 'no sideways shift').to.equal(widthBefore);
    await el.close();
    expect(rootEl.style.overflow).to.equal('clip visible');
    rootEl.style.removeProperty('overflow');
    await el.show();
    await el.close();
    expect(rootEl.getAttribute('style')).to.equal(null);
    tall.remove();
  });

  it('releases the scroll lock when removed while open', async () => {
    const { el } = await dialogFixture();
    await el.show();
    el.remove();
    expect(document.documentElement.style.overflow).to.equal('');
  });
});
