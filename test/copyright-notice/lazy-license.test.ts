// The Creative Commons part of the notice (names, deeds, sentences) loads only
// for a notice that has such a license. This file is its own page, so what it
// loads is measured from the start: keep the all-rights-reserved case first.
import { expect, fixture, html } from '@open-wc/testing';
import { FolioCopyrightNotice } from '../../src/copyright-notice/copyright-notice.js';
import { builtinTable } from '../../src/locales/registry.js';

const fetched = (name: RegExp) => performance.getEntriesByType('resource').some((e) => name.test(e.name));
const LICENSE_PART = /copyright-notice\/license\.(ts|js)/;

async function linkPreflight(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../src/folio.css', import.meta.url).href;
  const loaded = new Promise((resolve) => (link.onload = resolve));
  document.head.append(link);
  await loaded;
}

describe('<folio-copyright-notice> license part', () => {
  before(async () => {
    await linkPreflight();
  });

  it('is never downloaded for a notice that reserves all rights (or has an unknown license)', async () => {
    FolioCopyrightNotice.define();
    const el = await fixture<FolioCopyrightNotice>(
      html`<folio-copyright-notice lang="zh-CN" holder="新华社"></folio-copyright-notice>`,
    );
    const unknown = await fixture<FolioCopyrightNotice>(
      html`<folio-copyright-notice lang="en" license="GFDL-1.3"></folio-copyright-notice>`,
    );
    await el.updateComplete;
    await unknown.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="copyright"]')!.textContent!.trim()).to.contain('版权所有');
    expect(unknown.shadowRoot!.querySelector('[part~="license"]')!.textContent!.trim()).to.equal('License: GFDL-1.3');
    expect(fetched(LICENSE_PART)).to.equal(false);
    expect(
      fetched(/copyright-notice\/report-opener\./),
      "nor the report button's opener, without report-dialog",
    ).to.equal(false);
    expect(fetched(/copyright-notice\/report-email\./), 'nor the e-mail part, without report-email').to.equal(false);
    expect(builtinTable('zh-CN').noticeLicenseName, 'its strings are not there either').to.equal(undefined);
    expect(builtinTable('zh-CN').noticeReportByEmail, "nor the e-mail part's").to.equal(undefined);
    expect(builtinTable('zh-CN').noticeReportUnavailable, "nor the opener's").to.equal(undefined);
  });

  it('loads with the first Creative Commons notice, keeping the line’s box meanwhile; updateComplete waits for it', async () => {
    // A subclass records the layout at its first render, which happens before any chunk could have arrived.
    let atFirstRender: { after: number; height: number } | undefined;
    class ProbeNotice extends FolioCopyrightNotice {
      protected override firstUpdated(): void {
        const after = this.nextElementSibling!.getBoundingClientRect().top;
        atFirstRender = { after, height: this.getBoundingClientRect().height };
        expect(
          this.shadowRoot!.querySelector('[part~="license-link"]'),
          'the license part has not arrived yet',
        ).to.equal(null);
      }
    }
    customElements.define('probe-copyright-notice', ProbeNotice);
    // The preflight reserves one line for the license sentence, exact while it fits on one line of the
    // column (src/folio.css). The engines' default fonts differ in width (at 40rem, WebKit's wraps the
    // sentence's last two characters): one font for all, and the premise checked below.
    const page = await fixture(
      html`<div style="width: 40rem; font-family: 'Noto Sans CJK SC', sans-serif" lang="zh-CN"></div>`,
    );
    page.innerHTML =
      '<probe-copyright-notice license="cc-by-nc-nd-4.0"><p>声明。</p></probe-copyright-notice><p class="after">下一段</p>';
    const el = page.querySelector('probe-copyright-notice') as ProbeNotice;
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="license-link"]');
    expect(link, 'the license is named once updateComplete resolves').to.not.equal(null);
    expect(link!.textContent).to.equal('知识共享 署名-非商业性使用-禁止演绎 4.0 国际 许可协议');
    expect(link!.getAttribute('href')).to.equal('https://creativecommons.org/licenses/by-nc-nd/4.0/deed.zh-hans');
    expect(fetched(LICENSE_PART)).to.equal(true);
    const line = el.shadowRoot!.querySelector('[part~="license"]')!;
    expect(line.getBoundingClientRect().height, 'the premise: the sentence fits on one line').to.be.below(
      1.5 * parseFloat(getComputedStyle(line).lineHeight),
    );
    expect(atFirstRender, 'the license line kept its box while the part loaded: nothing moved').to.deep.equal({
      after: page.querySelector('.after')!.getBoundingClientRect().top,
      height: el.getBoundingClientRect().height,
    });
    for (const code of ['zh-CN', 'zh-TW', 'en', 'ja'] as const) {
      expect(builtinTable(code).noticeLicenseName, `${code} license names`).to.be.a('function');
    }
  });

  it('loads the e-mail part with the first notice that has a report-email; its first render already holds the link', async () => {
    let linkAtFirstRender: string | null | undefined;
    class EmailProbe extends FolioCopyrightNotice {
      protected override firstUpdated(): void {
        linkAtFirstRender = this.shadowRoot!.querySelector('[part~="report-link"]')?.textContent;
      }
    }
    customElements.define('email-probe-notice', EmailProbe);
    expect(fetched(/copyright-notice\/report-email\./), 'not before a notice asks for it').to.equal(false);
    const el = await fixture<EmailProbe>(
      html`<email-probe-notice lang="zh-CN" report-email="report@example.com"></email-probe-notice>`,
    );
    await el.updateComplete;
    expect(fetched(/copyright-notice\/report-email\./)).to.equal(true);
    expect(linkAtFirstRender, 'the report line never shows without its link').to.equal('report@example.com');
    expect(el.shadowRoot!.querySelector('[part~="report-link"]')!.getAttribute('href')).to.match(
      /^mailto:report@example\.com/,
    );
    for (const code of ['zh-CN', 'zh-TW', 'en', 'ja'] as const) {
      expect(builtinTable(code).noticeReportByEmail, `${code} e-mail sentences came with the part`).to.be.a('string');
    }
  });
});
