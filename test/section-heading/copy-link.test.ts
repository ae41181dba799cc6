import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { sendKeys } from '../helpers/keys.js';
import { animationsDone } from '../helpers/media.js';
import sinon from 'sinon';
import { FolioSectionHeading, type FolioLinkCopyDetail } from '../../src/section-heading/define.js';

const pageUrl = () => location.href.replace(/#.*$/, '');

/** A focusable element before the heading, so Tab reaches the button as a reader would. */
async function headingAfterLink(
  lang: string,
  text = '筑牢战斗堡垒,练强抓严学校党组织建设的基本功',
): Promise<{ el: FolioSectionHeading; before: HTMLElement }> {
  const wrapper = await fixture(
    html`<div lang=${lang}><a href="#top">before</a><folio-section-heading>${text}</folio-section-heading></div>`,
  );
  const el = wrapper.querySelector('folio-section-heading')!;
  await el.updateComplete;
  return { el, before: wrapper.querySelector('a')! };
}

const button = (el: FolioSectionHeading) => el.querySelector<HTMLButtonElement>('.folio-section-heading__copy')!;
const status = (el: FolioSectionHeading) => el.querySelector<HTMLElement>('[role="status"]')!;

describe('<folio-section-heading> copy link', () => {
  let writeText: sinon.SinonStub;
  beforeEach(async () => {
    writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
  });
  afterEach(() => sinon.restore());

  const names: Array<[string, string]> = [
    ['zh-CN', '复制本节链接：筑牢战斗堡垒,练强抓严学校党组织建设的基本功'],
    ['zh-TW', '複製本節連結：筑牢战斗堡垒,练强抓严学校党组织建设的基本功'],
    ['en', 'Copy link to this section: 筑牢战斗堡垒,练强抓严学校党组织建设的基本功'],
    ['ja', 'このセクションへのリンクをコピー：筑牢战斗堡垒,练强抓严学校党组织建设的基本功'],
  ];
  for (const [lang, name] of names) {
    it(`names the button in ${lang}, with the heading’s text`, async () => {
      const { el } = await headingAfterLink(lang);
      expect(button(el).getAttribute('aria-label')).to.equal(name);
      expect(button(el).type).to.equal('button');
    });
  }

  it('is reached with Tab, shown with a focus ring, and copies the section’s URL with Enter', async () => {
    const { el, before } = await headingAfterLink('zh-CN');
    expect(getComputedStyle(button(el)).opacity, 'hidden until hover or focus').to.equal('0');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button(el));
    await animationsDone();
    expect(getComputedStyle(button(el)).opacity).to.equal('1');
    expect(getComputedStyle(button(el)).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => writeText.called);
    const url = writeText.firstCall.args[0] as string;
    expect(url).to.equal(`${pageUrl()}#${encodeURIComponent('筑牢战斗堡垒-练强抓严学校党组织建设的基本功')}`);
    expect(decodeURIComponent(new URL(url).hash)).to.equal('#筑牢战斗堡垒-练强抓严学校党组织建设的基本功');
    expect(location.hash, 'the page’s own URL is left alone').to.equal('');
  });

  it('copies a link that leads back to the heading', async () => {
    const { el } = await headingAfterLink('zh-CN');
    await el.copyLink();
    const url = new URL(writeText.firstCall.args[0] as string);
    location.hash = url.hash;
    try {
      await waitUntil(() => document.querySelector(':target') !== null);
      expect(document.querySelector(':target')).to.equal(el.headingElement);
    } finally {
      history.replaceState(null, '', pageUrl());
    }
  });

  it('copies with Space too, and announces success politely', async () => {
    const { el, before } = await headingAfterLink('zh-CN');
    expect(status(el).getAttribute('aria-live')).to.equal('polite');
    expect(status(el).textContent, 'the live region exists, empty, before anything is announced').to.equal('');
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => status(el).textContent === '已复制本节链接');
    expect(button(el).hasAttribute('data-copied')).to.equal(true);
    expect(document.activeElement, 'focus stays on the button').to.equal(button(el));
    expect(el.headingText, 'the announcement is not part of the heading').to.equal(
      '筑牢战斗堡垒,练强抓严学校党组织建设的基本功',
    );
  });

  it('clears the announcement after a moment, so it can be made again and does not linger', async () => {
    const { el } = await headingAfterLink('en', 'Summary');
    await el.copyLink();
    expect(status(el).textContent).to.equal('Link to this section copied');
    await waitUntil(() => status(el).textContent === '', 'cleared', { timeout: 4000 });
    expect(button(el).hasAttribute('data-copied')).to.equal(false);
  });

  it('fires folio-link-copy with the id and URL', async () => {
    const { el } = await headingAfterLink('en', 'Summary');
    const events: FolioLinkCopyDetail[] = [];
    document.addEventListener('folio-link-copy', (e) => events.push((e as CustomEvent<FolioLinkCopyDetail>).detail), {
      once: true,
    });
    button(el).click();
    await waitUntil(() => events.length === 1);
    expect(events[0]).to.deep.equal({ id: 'summary', url: `${pageUrl()}#summary`, copied: true });
  });

  it('falls back to the copy command when the Clipboard API is refused', async () => {
    writeText.rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    const execCommand = sinon.stub(document, 'execCommand').callsFake((command) => {
      // What is selected when the command runs is what lands on the clipboard.
      expect(command).to.equal('copy');
      const field = document.activeElement as HTMLTextAreaElement;
      expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal(`${pageUrl()}#summary`);
      return true;
    });
    const { el, before } = await headingAfterLink('en', 'Summary');
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === 'Link to this section copied');
    expect(execCommand.calledOnce).to.equal(true);
    expect(document.activeElement, 'focus returns to the button').to.equal(button(el));
    expect(document.querySelector('textarea'), 'the temporary field is gone').to.equal(null);
  });

  it('shows the link, selected, to copy by hand when every way of copying is refused', async () => {
    writeText.rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    sinon.stub(document, 'execCommand').returns(false);
    const { el, before } = await headingAfterLink('zh-CN', 'Summary');
    const events: FolioLinkCopyDetail[] = [];
    el.addEventListener('folio-link-copy', (e) => events.push(e.detail));
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.querySelector<HTMLInputElement>('.folio-section-heading__link-field'));
    const field = el.querySelector<HTMLInputElement>('.folio-section-heading__link-field')!;
    expect(document.activeElement).to.equal(field);
    expect(field.value).to.equal(`${pageUrl()}#summary`);
    expect(field.readOnly).to.equal(true);
    expect(field.getAttribute('aria-label')).to.equal('本节链接');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(status(el).textContent).to.equal('无法自动复制，请手动复制显示的链接');
    expect(events).to.deep.equal([{ id: 'summary', url: `${pageUrl()}#summary`, copied: false }]);
    expect(getComputedStyle(field).position, 'over the text below, not pushing it').to.equal('absolute');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(el.querySelector('.folio-section-heading__link-field')).to.equal(null);
    expect(document.activeElement).to.equal(button(el));
  });

  it('hides the link field again when focus leaves it', async () => {
    writeText.rejects(new DOMException('denied', 'NotAllowedError'));
    sinon.stub(document, 'execCommand').returns(false);
    const { el, before } = await headingAfterLink('en', 'Summary');
    await el.copyLink();
    expect(el.querySelector('.folio-section-heading__link-field')).to.not.equal(null);
    before.focus();
    await Promise.resolve();
    expect(el.querySelector('.folio-section-heading__link-field')).to.equal(null);
  });

  it('copies even where the Clipboard API does not exist (an insecure page)', async () => {
    sinon.stub(navigator, 'clipboard').value(undefined);
    const execCommand = sinon.stub(document, 'execCommand').returns(true);
    const { el } = await headingAfterLink('en', 'Summary');
    expect(await el.copyLink()).to.equal(true);
    expect(execCommand.calledOnceWith('copy')).to.equal(true);
  });

  it('shows the button while the mouse is over the heading', async () => {
    const { el } = await headingAfterLink('en', 'Summary');
    expect(getComputedStyle(button(el)).opacity).to.equal('0');
    const box = el.headingElement!.getBoundingClientRect();
    // Waited for: the fade takes a transition, and Firefox updates :hover on its next refresh after the move.
    const opacity = () => getComputedStyle(button(el)).opacity;
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => opacity() === '1', 'shown under the mouse');
    await sendMouse({ type: 'move', position: [innerWidth - 1, innerHeight - 1] });
    await waitUntil(() => opacity() === '0', 'hidden once the mouse leaves');
    await resetMouse();
  });
});
