import { expect, fixture, html } from '@open-wc/testing';
import { systemScheme } from '../helpers/media.js';
import { FolioProbe, settle } from '../helpers/probe.js';
import '../helpers/probe.js';

const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';

function textColor(el: FolioProbe): string {
  return getComputedStyle(el.shadowRoot!.querySelector('span')!).color;
}

/** The text colour of a widget that follows the reader's system setting. */
const SYSTEM_TEXT = () => (systemScheme() === 'dark' ? DARK_TEXT : LIGHT_TEXT);

describe('ThemeController and tokens', () => {
  it('follows the page’s own color-scheme when no data-folio-theme is set', async () => {
    const wrapper = await fixture(html`<div><folio-probe></folio-probe></div>`);
    const el = wrapper.querySelector('folio-probe')!;
    expect(textColor(el), 'a light-only page keeps light widgets').to.equal(LIGHT_TEXT);
    wrapper.setAttribute('style', 'color-scheme: dark');
    expect(textColor(el), 'a dark page gets dark widgets').to.equal(DARK_TEXT);
    wrapper.setAttribute('style', 'color-scheme: light dark');
    expect(textColor(el), 'a page that allows dark follows the system').to.equal(SYSTEM_TEXT());
  });

  it('applies data-folio-theme from any ancestor, live', async () => {
    const wrapper = await fixture(html`<div data-folio-theme="dark"><p><folio-probe></folio-probe></p></div>`);
    const el = wrapper.querySelector('folio-probe')!;
    expect(el.theme.theme).to.equal('dark');
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(textColor(el)).to.equal(DARK_TEXT);
    wrapper.setAttribute('data-folio-theme', 'light');
    await settle(el);
    expect(el.matches(':state(dark)')).to.equal(false);
    expect(textColor(el)).to.equal(LIGHT_TEXT);
  });

  it('follows the system with data-folio-theme="auto", even on a page of one scheme', async () => {
    for (const page of ['light', 'dark']) {
      const wrapper = await fixture(
        html`<div style="color-scheme: ${page}"><div data-folio-theme="auto"><folio-probe></folio-probe></div></div>`,
      );
      const el = wrapper.querySelector('folio-probe')!;
      expect(getComputedStyle(el).colorScheme, 'the browser picks from both').to.equal('light dark');
      expect(textColor(el), `on a ${page} page`).to.equal(SYSTEM_TEXT());
    }
  });

  it('lets the nearest ancestor win and ignores unknown values', async () => {
    const wrapper = await fixture(
      html`<div data-folio-theme="dark"><div data-folio-theme="sepia"><folio-probe></folio-probe></div></div>`,
    );
    const el = wrapper.querySelector('folio-probe')!;
    expect(el.theme.theme).to.equal(undefined);
    expect(textColor(el)).to.equal(LIGHT_TEXT);
  });

  it('lets a site’s --folio-* value win over the built-in light and dark values', async () => {
    const wrapper = await fixture(
      html`<div data-folio-theme="dark" style="--folio-color-text: rgb(1, 2, 3)"><folio-probe></folio-probe></div>`,
    );
    expect(textColor(wrapper.querySelector('folio-probe')!)).to.equal('rgb(1, 2, 3)');
  });

  it('picks CJK fonts by language', async () => {
    const wrapper = await fixture(
      html`<div><folio-probe lang="zh-CN"></folio-probe><folio-probe lang="zh-TW"></folio-probe><folio-probe lang="ja"></folio-probe></div>`,
    );
    const fonts = [...wrapper.querySelectorAll('folio-probe')].map(
      (el) => getComputedStyle(el.shadowRoot!.querySelector('span')!).fontFamily,
    );
    expect(fonts[0]).to.contain('Noto Sans CJK SC');
    expect(fonts[1]).to.contain('Noto Sans CJK TC');
    expect(fonts[2]).to.contain('Noto Sans CJK JP');
  });
});
