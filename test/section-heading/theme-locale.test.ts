import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import { animationsDone, systemScheme } from '../helpers/media.js';
import sinon from 'sinon';
import { FolioSectionHeading } from '../../src/section-heading/define.js';

const LIGHT_MUTED = 'rgb(89, 99, 110)';
const DARK_MUTED = 'rgb(145, 152, 161)';
const DARK_FOCUS = 'rgb(121, 184, 255)';

async function headingIn(markup: Parameters<typeof fixture>[0]): Promise<FolioSectionHeading> {
  const wrapper = await fixture(markup);
  const el = wrapper.querySelector('folio-section-heading')!;
  await el.updateComplete;
  return el;
}

const button = (el: FolioSectionHeading) => el.querySelector('button')!;

/** Lets the context observer see an attribute change and the heading re-render. */
async function settle(el: FolioSectionHeading): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('<folio-section-heading> themes', () => {
  it('uses the dark tokens under data-folio-theme="dark", live', async () => {
    const el = await headingIn(
      html`<div data-folio-theme="dark"><folio-section-heading>Heading</folio-section-heading></div>`,
    );
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(getComputedStyle(button(el)).color).to.equal(DARK_MUTED);
    el.parentElement!.setAttribute('data-folio-theme', 'light');
    await settle(el);
    expect(el.matches(':state(dark)')).to.equal(false);
    expect(getComputedStyle(button(el)).color).to.equal(LIGHT_MUTED);
  });

  it('follows the system under data-folio-theme="auto" and stays light on a light-only page', async () => {
    const auto = await headingIn(
      html`<div data-folio-theme="auto"><folio-section-heading>Heading</folio-section-heading></div>`,
    );
    expect(getComputedStyle(auto).colorScheme).to.equal('light dark');
    expect(getComputedStyle(button(auto)).color).to.equal(systemScheme() === 'dark' ? DARK_MUTED : LIGHT_MUTED);
    const dark = await headingIn(
      html`<div style="color-scheme: dark"><folio-section-heading>Heading</folio-section-heading></div>`,
    );
    expect(getComputedStyle(button(dark)).color, 'a dark page').to.equal(DARK_MUTED);
    const plain = await headingIn(html`<div><folio-section-heading>Heading</folio-section-heading></div>`);
    expect(getComputedStyle(button(plain)).color).to.equal(LIGHT_MUTED);
  });

  it('shows a dark-theme focus ring to keyboard users', async () => {
    const el = await headingIn(
      html`<div data-folio-theme="dark"><a href="#x">before</a><folio-section-heading>Heading</folio-section-heading></div>`,
    );
    el.parentElement!.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    await animationsDone();
    const style = getComputedStyle(button(el));
    expect([style.outlineStyle, style.outlineColor, style.opacity]).to.deep.equal(['solid', DARK_FOCUS, '1']);
  });

  it('lets the site’s --folio-* values and its own rules win', async () => {
    const el = await headingIn(html`<div data-folio-theme="dark" style="--folio-color-text-muted: rgb(1, 2, 3)">
      <style>.site folio-section-heading { font-size: 30px; margin-block: 7px; }</style>
      <div class="site"><folio-section-heading>Heading</folio-section-heading></div>
    </div>`);
    expect(getComputedStyle(button(el)).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).fontSize).to.equal('30px');
    expect(getComputedStyle(el.headingElement!).fontSize, 'the <h2> inherits the host').to.equal('30px');
    expect(getComputedStyle(el).marginTop).to.equal('7px');
  });

  it('leaves the heading’s text colour to the page', async () => {
    const el = await headingIn(
      html`<div data-folio-theme="dark" style="color: rgb(10, 20, 30)"><folio-section-heading>Heading</folio-section-heading></div>`,
    );
    expect(getComputedStyle(el.headingElement!).color).to.equal('rgb(10, 20, 30)');
  });

  it('is accessible in the dark theme', async () => {
    const wrapper =
      await fixture(html`<div data-folio-theme="dark" style="background: #0d1117; color: #e6edf3; color-scheme: dark">
      <folio-section-heading numbered>深化党建引领,练强抓实党建业务融合的基本功</folio-section-heading>
    </div>`);
    await wrapper.querySelector('folio-section-heading')!.updateComplete;
    await expect(wrapper).to.be.accessible();
  });
});

describe('<folio-section-heading> locales', () => {
  it('renames the button when the page’s language changes', async () => {
    const el = await headingIn(html`<div lang="zh-CN"><folio-section-heading>标题</folio-section-heading></div>`);
    expect(button(el).getAttribute('aria-label')).to.equal('复制本节链接：标题');
    el.parentElement!.setAttribute('lang', 'zh-TW');
    await settle(el);
    expect(button(el).getAttribute('aria-label')).to.equal('複製本節連結：标题');
    el.lang = 'ja';
    await settle(el);
    expect(button(el).getAttribute('aria-label')).to.equal('このセクションへのリンクをコピー：标题');
    el.parentElement!.setAttribute('lang', 'en-GB');
    el.removeAttribute('lang');
    await settle(el);
    expect(button(el).getAttribute('aria-label')).to.equal('Copy link to this section: 标题');
  });

  it('announces in the language of the page', async () => {
    const el = await headingIn(html`<div lang="ja"><folio-section-heading>見出し</folio-section-heading></div>`);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      await el.copyLink();
    } finally {
      writeText.restore();
    }
    expect(el.querySelector('[role="status"]')!.textContent).to.equal('このセクションへのリンクをコピーしました');
  });
});
