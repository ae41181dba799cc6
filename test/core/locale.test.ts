import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { canonicalLang, languageTag } from '../../src/core/language.js';
import { lookup, registerLocale } from '../../src/locales/registry.js';
import { FolioProbe, settle } from '../helpers/probe.js';
import '../helpers/probe.js';

describe('LocaleController', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = htmlLang));

  it('uses the element’s own lang first', async () => {
    const el = await fixture<FolioProbe>(html`<div lang="ja"><folio-probe lang="zh-CN"></folio-probe></div>`).then(
      (d) => d.querySelector('folio-probe')!,
    );
    await el.updateComplete;
    expect(el.localize.locale).to.equal('zh-CN');
    expect(el.text).to.equal('重试');
  });

  it('else the closest ancestor’s lang', async () => {
    const wrapper = await fixture(
      html`<section lang="en"><div lang="ja"><p><folio-probe></folio-probe></p></div></section>`,
    );
    const el = wrapper.querySelector('folio-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('再試行');
  });

  it('crosses shadow roots to find the lang', async () => {
    const outer = await fixture(html`<div lang="zh-TW"><div class="host"></div></div>`);
    const root = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<folio-probe></folio-probe>';
    const el = root.querySelector('folio-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('重試');
  });

  it('else <html lang>, and English when the page names no language', async () => {
    document.documentElement.lang = 'ja';
    const el = await fixture<FolioProbe>(html`<folio-probe></folio-probe>`);
    expect(el.text).to.equal('再試行');
    document.documentElement.removeAttribute('lang');
    await settle(el);
    expect(el.text).to.equal('Try again');
  });

  it('re-renders when its own, an ancestor’s or the document’s lang changes', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture(html`<div><folio-probe></folio-probe></div>`);
    const el = wrapper.querySelector('folio-probe')!;
    expect(el.text).to.equal('Try again');
    document.documentElement.lang = 'zh-CN';
    await settle(el);
    expect(el.text).to.equal('重试');
    wrapper.setAttribute('lang', 'ja');
    await settle(el);
    expect(el.text).to.equal('再試行');
    el.lang = 'zh-TW';
    await settle(el);
    expect(el.text).to.equal('重試');
    el.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    await settle(el);
    expect(el.text).to.equal('重试');
  });

  it('re-renders when a shadow-root ancestor’s lang changes', async () => {
    const outer = await fixture(html`<div class="host"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="en"><folio-probe></folio-probe></div>';
    const el = root.querySelector('folio-probe')!;
    await el.updateComplete;
    expect(el.text).to.equal('Try again');
    root.querySelector('div')!.lang = 'ja';
    await settle(el);
    expect(el.text).to.equal('再試行');
  });

  const fallbacks: Array<[string, string, string]> = [
    ['zh-HK', 'zh-TW', '重試'],
    ['zh-MO', 'zh-TW', '重試'],
    ['zh-Hant', 'zh-TW', '重試'],
    ['zh-Hant-CN', 'zh-TW', '重試'],
    ['zh-SG', 'zh-CN', '重试'],
    ['zh-Hans-HK', 'zh-CN', '重试'],
    ['zh', 'zh-CN', '重试'],
    ['zh_CN', 'zh-CN', '重试'],
    ['ja-JP', 'ja', '再試行'],
    ['en-GB', 'en', 'Try again'],
    ['de', 'en', 'Try again'],
    ['x-not a tag!', 'en', 'Try again'],
  ];
  for (const [lang, locale, text] of fallbacks) {
    it(`falls back from ${lang} to ${locale}`, async () => {
      const wrapper = await fixture(html`<div><folio-probe></folio-probe></div>`);
      wrapper.setAttribute('lang', lang);
      const el = wrapper.querySelector('folio-probe')!;
      await settle(el);
      expect(el.localize.locale).to.equal(locale);
      expect(el.text).to.equal(text);
    });
  }

  it('lets a site register a locale; missing strings fall back to English', async () => {
    const el = await fixture<FolioProbe>(html`<folio-probe lang="fr-CA"></folio-probe>`);
    expect(el.text).to.equal('Try again');
    registerLocale('fr', { retry: 'Réessayer' });
    await settle(el);
    expect(el.localize.locale).to.equal('fr');
    expect(el.text).to.equal('Réessayer');
    expect(el.localize.term('close')).to.equal('Close');
  });

  it('lets a site override one built-in string and re-renders at once', async () => {
    const el = await fixture<FolioProbe>(html`<folio-probe lang="zh-CN"></folio-probe>`);
    registerLocale('zh-CN', { retry: '再试一次' });
    await settle(el);
    expect(el.text).to.equal('再试一次');
    expect(el.localize.term('close')).to.equal('关闭');
    registerLocale('zh-CN', { retry: '重试' });
  });

  it('registers strings under the code as the page would write it (zh_tw is zh-TW)', async () => {
    const el = await fixture<FolioProbe>(html`<folio-probe lang="zh-TW"></folio-probe>`);
    registerLocale('zh_tw', { retry: '再試' });
    await settle(el);
    expect(el.text).to.equal('再試');
    registerLocale('ZH-tw', { retry: '重試' });
    await settle(el);
    expect(el.text).to.equal('重試');
  });

  it('refuses a code that is not a language tag, with a warning, and registers nothing', () => {
    const warn = sinon.stub(console, 'warn');
    try {
      registerLocale('not a tag!', { retry: 'Oops' });
      registerLocale('', { retry: 'Oops' });
      expect(warn.args.map((a) => String(a[0]))).to.deep.equal([
        'registerLocale: "not a tag!" is not a language tag (e.g. fr, pt-BR); the strings were not registered.',
        'registerLocale: "" is not a language tag (e.g. fr, pt-BR); the strings were not registered.',
      ]);
      // Before, such a code either overwrote English (read as en) or went under a key no page reaches.
      expect(lookup('en', 'retry')).to.equal('Try again');
    } finally {
      warn.restore();
    }
  });

  it('resolves direction from dir, else from the language', async () => {
    const wrapper = await fixture(
      html`<div><folio-probe lang="ar"></folio-probe><folio-probe lang="he" dir="ltr"></folio-probe><folio-probe lang="en"></folio-probe></div>`,
    );
    const [ar, he, en] = [...wrapper.querySelectorAll('folio-probe')];
    expect([ar!.localize.dir, he!.localize.dir, en!.localize.dir]).to.deep.equal(['rtl', 'ltr', 'ltr']);
    wrapper.setAttribute('dir', 'rtl');
    await settle(en!);
    expect(en!.localize.dir).to.equal('rtl');
  });

  it('stops following changes once removed from the page', async () => {
    const wrapper = await fixture(html`<div lang="en"><folio-probe></folio-probe></div>`);
    const el = wrapper.querySelector('folio-probe')!;
    el.remove();
    const before = el.renders;
    wrapper.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r, 20));
    expect(el.renders).to.equal(before);
  });
});

describe('languageTag and canonicalLang (the one reading of a language code)', () => {
  it('canonicalizes what CMSs write', () => {
    expect(['zh_cn', 'ZH-tw', ' ja ', 'zh-hant-hk', 'EN-us'].map((v) => languageTag(v))).to.deep.equal([
      'zh-CN',
      'zh-TW',
      'ja',
      'zh-Hant-HK',
      'en-US',
    ]);
  });

  it('says when a value is no language tag; a page read in such a language is read in English', () => {
    for (const value of ['', '  ', null, undefined, 'x-not a tag!', '12', 'zh__CN']) {
      expect(languageTag(value), String(value)).to.equal(undefined);
      expect(canonicalLang(value), String(value)).to.equal('en');
    }
    expect(canonicalLang('zh_CN')).to.equal('zh-CN');
  });
});
