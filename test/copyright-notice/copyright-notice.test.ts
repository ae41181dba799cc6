import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../helpers/keys.js';
import sinon from 'sinon';
import { seed, seedDisclaimer } from '../../fixtures/seed-article.js';
import { FolioCopyrightNotice } from '../../src/copyright-notice/define.js';

/**
 * A stand-in for <folio-report-dialog>: a real element of this test with the
 * one method the notice relies on, show(), which records its calls.
 */
class TestReportDialog extends HTMLElement {
  shown = 0;
  show(): void {
    this.shown++;
  }
}
customElements.define('test-report-dialog', TestReportDialog);

const YEAR = new Date().getFullYear();

const part = (el: FolioCopyrightNotice, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** What a reader sees: the rendered text, with Lit's whitespace between parts collapsed. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The whole notice as read, slotted disclaimer included. */
const readAll = (el: FolioCopyrightNotice) =>
  [...el.shadowRoot!.querySelectorAll('[part~="base"] > *')]
    .map((n) => (n.matches('[part~="disclaimer"]') ? text(el) : text(n)))
    .join(' ');

async function notice(template: ReturnType<typeof html>): Promise<FolioCopyrightNotice> {
  const found = await fixture(template);
  const el = (
    found.localName === 'folio-copyright-notice' ? found : found.querySelector('folio-copyright-notice')!
  ) as FolioCopyrightNotice;
  await el.updateComplete;
  return el;
}

describe('<folio-copyright-notice>', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());
  const warnings = () => warnStub.getCalls().map((c) => String(c.args[0]));

  describe('with the seed article’s data', () => {
    it('shows the disclaimer in its slot and no report sentence at all, since the e-mail was lost', async () => {
      expect(seed.copyright.reportEmail).to.equal(null);
      const el = await notice(html`<folio-copyright-notice lang="zh-CN" reprint-notice=${seed.reprintNotice}
        ><p>${seedDisclaimer}</p></folio-copyright-notice
      >`);
      const slot = part(el, 'disclaimer')!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([seedDisclaimer]);
      expect(part(el, 'report')).to.equal(null);
      expect(part(el, 'report-button')).to.equal(null);
      expect(part(el, 'report-link')).to.equal(null);
      const all = readAll(el);
      expect(all).not.to.contain('请发送邮件至');
      expect(all).not.to.contain('举报');
      expect(text(part(el, 'copyright'))).to.equal(`版权所有 © ${YEAR}`);
      expect(text(part(el, 'reprint'))).to.equal('未经许可不得转载');
      expect(warnings()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('the report line', () => {
    it('with report-email: a mailto link inside the sentence of the locale', async () => {
      document.title = '以高质量党建推动教育高质量发展';
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN" report-email="report@example.com"></folio-copyright-notice>`,
      );
      const report = part(el, 'report')!;
      expect(text(report)).to.equal('如发现本站有涉嫌侵权或违法违规的内容，请发送邮件至 report@example.com 举报。');
      const link = part(el, 'report-link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.match(/^mailto:report@example\.com\?subject=/);
      expect(decodeURIComponent(link.search)).to.contain('subject=举报：以高质量党建推动教育高质量发展');
      expect(decodeURIComponent(link.search)).to.contain(location.href);
      expect(link.textContent).to.equal('report@example.com');
      expect(part(el, 'report-button')).to.equal(null);
    });

    const byLocale: Array<[string, RegExp]> = [
      ['zh-TW', /^如發現本站有涉嫌侵權或違法違規的內容，請寄送電子郵件至 r@example\.com 檢舉。$/],
      ['en', /^To report content on this site that may infringe copyright or break the law, e-mail r@example\.com\.$/],
      [
        'ja',
        /^本サイトに権利侵害や違法の疑いがあるコンテンツを見つけた場合は、r@example\.com までメールでお知らせください。$/,
      ],
    ];
    for (const [lang, expected] of byLocale) {
      it(`puts the link where ${lang} word order needs it`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang=${lang} report-email="r@example.com"></folio-copyright-notice>`,
        );
        expect(text(part(el, 'report'))).to.match(expected);
        expect(part(el, 'report')!.querySelector('a')).to.equal(part(el, 'report-link'));
      });
    }

    it('with report-dialog: a button that calls show() on the dialog, found when pressed', async () => {
      const wrapper = await fixture(
        html`<div><folio-copyright-notice lang="zh-CN" report-dialog="later"></folio-copyright-notice></div>`,
      );
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      expect(text(part(el, 'report'))).to.equal('如发现本站有涉嫌侵权或违法违规的内容，请点击举报。');
      const button = part(el, 'report-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      // The dialog arrives after the notice rendered.
      const dialog = document.createElement('test-report-dialog') as TestReportDialog;
      dialog.id = 'later';
      wrapper.append(dialog);
      button.click();
      expect(dialog.shown).to.equal(1);
      expect(warnings()).to.deep.equal([]);
    });

    it('with both: one sentence with the button and the link', async () => {
      const wrapper = await fixture(html`<div>
        <folio-copyright-notice lang="zh-CN" report-email="report@example.com" report-dialog="dlg"></folio-copyright-notice>
        <test-report-dialog id="dlg"></test-report-dialog>
      </div>`);
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      expect(text(part(el, 'report'))).to.equal(
        '如发现本站有涉嫌侵权或违法违规的内容，请点击举报或发送邮件至 report@example.com 举报。',
      );
      part(el, 'report-button')!.click();
      expect(wrapper.querySelector<TestReportDialog>('#dlg')!.shown).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('in English with both, the button and the link sit inside one sentence', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="en" report-email="r@example.com" report-dialog="x"></folio-copyright-notice>`,
      );
      expect(text(part(el, 'report'))).to.equal(
        'To report content on this site that may infringe copyright or break the law, use the report form or e-mail r@example.com.',
      );
    });

    it('finds the dialog in the notice’s own shadow root first', async () => {
      const host = await fixture(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<folio-copyright-notice report-dialog="d"></folio-copyright-notice><test-report-dialog id="d"></test-report-dialog>';
      const outside = document.createElement('test-report-dialog') as TestReportDialog;
      outside.id = 'd';
      document.body.append(outside);
      try {
        const el = root.querySelector('folio-copyright-notice')!;
        await el.updateComplete;
        part(el, 'report-button')!.click();
        expect(root.querySelector<TestReportDialog>('#d')!.shown).to.equal(1);
        expect(outside.shown).to.equal(0);
      } finally {
        outside.remove();
      }
    });

    it('waits for a dialog whose element is on the page but whose script is still loading', async () => {
      const wrapper = await fixture(
        html`<div><folio-copyright-notice report-dialog="slow"></folio-copyright-notice><test-slow-dialog id="slow"></test-slow-dialog></div>`,
      );
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      part(el, 'report-button')!.click();
      await new Promise((r) => setTimeout(r, 50));
      customElements.define('test-slow-dialog', class extends TestReportDialog {});
      await new Promise((r) => setTimeout(r));
      expect(wrapper.querySelector<TestReportDialog>('#slow')!.shown).to.equal(1);
      expect(part(el, 'report-button')).not.to.equal(null);
      expect(warnings()).to.deep.equal([]);
    });

    it('with a missing dialog: warns naming report-dialog and falls back to the e-mail, focus on the link', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN" report-email="r@example.com" report-dialog="nowhere"></folio-copyright-notice>`,
      );
      part(el, 'report-button')!.focus();
      part(el, 'report-button')!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.match(
        /^<folio-copyright-notice> report-dialog: no element has the id "nowhere"; the e-mail address is offered instead/,
      );
      expect(part(el, 'report-button')).to.equal(null);
      expect(text(part(el, 'report'))).to.equal(
        '如发现本站有涉嫌侵权或违法违规的内容，请发送邮件至 r@example.com 举报。',
      );
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'report-link'));
    });

    it('with a dialog id that names an element without show(): warns and says reporting is unavailable', async () => {
      const wrapper = await fixture(
        html`<div><folio-copyright-notice lang="zh-CN" report-dialog="plain"></folio-copyright-notice><div id="plain"></div></div>`,
      );
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      part(el, 'report-button')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(warnings()[0]).to.match(/report-dialog: <div> #plain has no show\(\) method/);
      expect(text(part(el, 'report'))).to.equal('举报功能暂时无法使用，请稍后再试。');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'report'));
      expect(readAll(el)).not.to.contain('请发送邮件至');
    });

    it('never lets a failing show() escape as an uncaught error', async () => {
      class Broken extends HTMLElement {
        show(): Promise<void> {
          return Promise.reject(new Error('boom'));
        }
      }
      customElements.define('test-broken-dialog', Broken);
      const wrapper = await fixture(
        html`<div><folio-copyright-notice report-dialog="b" report-email="r@example.com"></folio-copyright-notice><test-broken-dialog id="b"></test-broken-dialog></div>`,
      );
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      part(el, 'report-button')!.click();
      await new Promise((r) => setTimeout(r, 10));
      expect(warnings()[0]).to.match(/report-dialog: show\(\) of #b failed \(Error: boom\)/);
      expect(part(el, 'report-link')).not.to.equal(null);
    });

    for (const bad of [
      'not-an-email',
      'report@',
      '@example.com',
      'a b@example.com',
      'report@example',
      'javascript:alert(1)',
      'r@ex..com',
    ]) {
      it(`refuses report-email ${JSON.stringify(bad)} with a warning and no broken sentence`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang="zh-CN" report-email=${bad}></folio-copyright-notice>`,
        );
        expect(part(el, 'report')).to.equal(null);
        expect(readAll(el)).not.to.contain('请发送邮件至');
        expect(el.shadowRoot!.querySelector('a[href^="mailto:"], a[href^="javascript:"]')).to.equal(null);
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]).to.match(/^<folio-copyright-notice> report-email: .* is not an e-mail address/);
      });
    }

    it('with an invalid e-mail but a dialog, keeps the dialog sentence only', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN" report-email="nope" report-dialog="d"></folio-copyright-notice>`,
      );
      expect(text(part(el, 'report'))).to.equal('如发现本站有涉嫌侵权或违法违规的内容，请点击举报。');
    });

    it('forgives a mailto: prefix and a full-width ＠', async () => {
      const el = await notice(
        html`<folio-copyright-notice report-email="mailto:举报＠例子.中国"></folio-copyright-notice>`,
      );
      expect(part(el, 'report-link')!.textContent).to.equal('举报@例子.中国');
    });
  });

  describe('licenses', () => {
    const cc: Array<[string, string, string, string]> = [
      [
        'zh-CN',
        '知识共享 署名-非商业性使用-禁止演绎 4.0 国际 许可协议',
        'deed.zh-hans',
        '本作品采用知识共享 署名-非商业性使用-禁止演绎 4.0 国际 许可协议（CC BY-NC-ND 4.0）进行许可。',
      ],
      [
        'zh-TW',
        '創用 CC 姓名標示-非商業性-禁止改作 4.0 國際',
        'deed.zh-hant',
        '本著作係採用創用 CC 姓名標示-非商業性-禁止改作 4.0 國際授權條款（CC BY-NC-ND 4.0）授權。',
      ],
      [
        'ja',
        'クリエイティブ・コモンズ 表示 - 非営利 - 改変禁止 4.0 国際',
        'deed.ja',
        'この作品はクリエイティブ・コモンズ 表示 - 非営利 - 改変禁止 4.0 国際ライセンス（CC BY-NC-ND 4.0）の下に提供されています。',
      ],
      [
        'en',
        'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International',
        'deed.en',
        'This work is licensed under Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International (CC BY-NC-ND 4.0).',
      ],
    ];
    for (const [lang, name, deed, sentence] of cc) {
      it(`names CC BY-NC-ND 4.0 in ${lang} and links its ${deed}`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang=${lang} license="cc-by-nc-nd-4.0" holder="新华社" year-start="2023" year-end="2023"></folio-copyright-notice>`,
        );
        const link = part(el, 'license-link') as HTMLAnchorElement;
        expect(link.textContent).to.equal(name);
        expect(link.rel).to.equal('license');
        expect(link.href).to.equal(`https://creativecommons.org/licenses/by-nc-nd/4.0/${deed}`);
        expect(part(el, 'license-code')!.textContent).to.equal('CC BY-NC-ND 4.0');
        expect(text(part(el, 'license'))).to.equal(sentence);
        // A CC license reserves only some rights: no "all rights reserved".
        expect(text(part(el, 'copyright'))).to.equal('© 2023 新华社');
        await expect(el).to.be.accessible();
      });
    }

    const others: Array<[string, string, string, string]> = [
      [
        'cc-by-4.0',
        'Creative Commons Attribution 4.0 International',
        'CC BY 4.0',
        'https://creativecommons.org/licenses/by/4.0/deed.en',
      ],
      [
        'cc-by-sa-4.0',
        'Creative Commons Attribution-ShareAlike 4.0 International',
        'CC BY-SA 4.0',
        'https://creativecommons.org/licenses/by-sa/4.0/deed.en',
      ],
      [
        'cc-by-nd-4.0',
        'Creative Commons Attribution-NoDerivatives 4.0 International',
        'CC BY-ND 4.0',
        'https://creativecommons.org/licenses/by-nd/4.0/deed.en',
      ],
      [
        'cc-by-nc-4.0',
        'Creative Commons Attribution-NonCommercial 4.0 International',
        'CC BY-NC 4.0',
        'https://creativecommons.org/licenses/by-nc/4.0/deed.en',
      ],
      [
        'cc-by-nc-sa-4.0',
        'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International',
        'CC BY-NC-SA 4.0',
        'https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en',
      ],
      [
        'cc-by-nc-nd-3.0',
        'Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported',
        'CC BY-NC-ND 3.0',
        'https://creativecommons.org/licenses/by-nc-nd/3.0/deed.en',
      ],
      [
        'CC BY-SA 3.0',
        'Creative Commons Attribution-ShareAlike 3.0 Unported',
        'CC BY-SA 3.0',
        'https://creativecommons.org/licenses/by-sa/3.0/deed.en',
      ],
      [
        'by-nc-4.0',
        'Creative Commons Attribution-NonCommercial 4.0 International',
        'CC BY-NC 4.0',
        'https://creativecommons.org/licenses/by-nc/4.0/deed.en',
      ],
      ['cc0-1.0', 'CC0 1.0 Universal', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/deed.en'],
    ];
    for (const [code, name, short, href] of others) {
      it(`knows ${code}`, async () => {
        const el = await notice(html`<folio-copyright-notice lang="en" license=${code}></folio-copyright-notice>`);
        expect(part(el, 'license-link')!.textContent).to.equal(name);
        expect((part(el, 'license-link') as HTMLAnchorElement).href).to.equal(href);
        expect(part(el, 'license-code')!.textContent).to.equal(short);
        expect(warnings()).to.deep.equal([]);
      });
    }

    it('dedicates CC0 works to the public domain rather than licensing them, in zh-CN', async () => {
      const el = await notice(html`<folio-copyright-notice lang="zh-CN" license="cc0-1.0"></folio-copyright-notice>`);
      expect(text(part(el, 'license'))).to.equal('本作品依据 CC0 1.0 通用（CC0 1.0）贡献至公共领域。');
      expect((part(el, 'license-link') as HTMLAnchorElement).href).to.equal(
        'https://creativecommons.org/publicdomain/zero/1.0/deed.zh-hans',
      );
    });

    it('picks the Traditional Chinese deed for zh-HK and the regional deed for pt-BR', async () => {
      const hk = await notice(html`<folio-copyright-notice lang="zh-HK" license="cc-by-4.0"></folio-copyright-notice>`);
      expect((part(hk, 'license-link') as HTMLAnchorElement).href).to.match(/deed\.zh-hant$/);
      const br = await notice(html`<folio-copyright-notice lang="pt-BR" license="cc-by-4.0"></folio-copyright-notice>`);
      expect((part(br, 'license-link') as HTMLAnchorElement).href).to.match(/deed\.pt-br$/);
    });

    const reserved: Array<[string, string]> = [
      ['zh-CN', '版权所有 © 2023 新华社'],
      ['zh-TW', '版權所有 © 2023 新华社'],
      ['en', '© 2023 新华社. All rights reserved.'],
      ['ja', '© 2023 新华社 All Rights Reserved.'],
    ];
    for (const [lang, line] of reserved) {
      it(`reserves all rights by default, in ${lang}: ${line}`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang=${lang} holder="新华社" year-start="2023" year-end="2023"></folio-copyright-notice>`,
        );
        expect(text(part(el, 'copyright'))).to.equal(line);
        expect(part(el, 'license')).to.equal(null);
        expect(el.shadowRoot!.querySelector('a[rel="license"]')).to.equal(null);
      });
    }

    it('reads license="all-rights-reserved" like the default, and does not double a holder’s full stop', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="en" license="all-rights-reserved" holder="Example Media Inc." year-start="2023" year-end="2023"></folio-copyright-notice>`,
      );
      expect(text(part(el, 'copyright'))).to.equal('© 2023 Example Media Inc. All rights reserved.');
    });

    for (const unknown of ['cc-by-nc-nd', 'cc-by-nc-nd-2.0', 'cc-nc-4.0', 'cc-by-sa-nc-4.0']) {
      it(`does not guess at ${unknown}`, async () => {
        const el = await notice(html`<folio-copyright-notice lang="en" license=${unknown}></folio-copyright-notice>`);
        expect(text(part(el, 'license'))).to.equal(`License: ${unknown}`);
        expect(warnings()[0]).to.match(/^<folio-copyright-notice> license: /);
      });
    }

    it('shows an unknown license as written, without a link, and warns naming license', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN" license="GFDL-1.3" holder="X"></folio-copyright-notice>`,
      );
      expect(text(part(el, 'license'))).to.equal('许可协议：GFDL-1.3');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(part(el, 'copyright'))).to.equal(`© ${YEAR} X`);
      expect(warnings()).to.have.length(1);
      expect(warnings()[0]).to.match(/^<folio-copyright-notice> license: "GFDL-1\.3" is not a license code/);
    });
  });

  describe('normalize-punctuation', () => {
    it("turns the disclaimer's half-width punctuation in Chinese text full width, text nodes only", async () => {
      const el = await notice(html`<folio-copyright-notice lang="zh-CN" normalize-punctuation
        ><p>${seedDisclaimer}</p><p>见<a href="/terms">《条款》</a>:第(一)条</p></folio-copyright-notice
      >`);
      const [first, second] = el.querySelectorAll('p');
      expect(first!.textContent).to.equal(
        '版权声明：本文内容由互联网用户自发贡献，该文观点仅代表作者本人。本站仅提供信息存储空间服务，不拥有所有权，不承担相关法律责任。',
      );
      expect(second!.innerHTML).to.equal('见<a href="/terms">《条款》</a>：第（一）条');
      // A disclaimer put in later is normalized too.
      const later = document.createElement('p');
      later.textContent = '转载请注明出处,谢谢。';
      el.append(later);
      await waitUntil(() => later.textContent === '转载请注明出处，谢谢。');
      expect(warnings()).to.deep.equal([]);
    });

    it('leaves the disclaimer as written without the attribute', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN"><p>${seedDisclaimer}</p></folio-copyright-notice>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.querySelector('p')!.textContent).to.equal(seedDisclaimer);
    });
  });

  describe('years', () => {
    const cases: Array<[string | undefined, string | undefined, string]> = [
      ['2023', '2023', '2023'],
      ['2019', '2023', '2019–2023'],
      ['2019', undefined, `2019–${YEAR}`],
      [undefined, undefined, `${YEAR}`],
      [undefined, '2020', '2020'],
      [String(YEAR), undefined, `${YEAR}`],
      [' ２０２０ ', '2021', '2020–2021'],
    ];
    for (const [start, end, shown] of cases) {
      it(`shows year-start=${start} year-end=${end} as ${shown}`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang="en" holder="H" year-start=${start ?? ''} year-end=${end ?? ''}></folio-copyright-notice>`,
        );
        expect(text(part(el, 'copyright'))).to.equal(`© ${shown} H. All rights reserved.`);
        expect(warnings()).to.deep.equal([]);
      });
    }

    it('shows, without year-start and year-end, the year its article was published, not the current one', async () => {
      const inside = await notice(html`<folio-article lang="zh-CN" date-published="2023-06-01T10:40:00+08:00"
        ><p>正文</p><folio-copyright-notice holder="西宁市教育局"></folio-copyright-notice
      ></folio-article>`);
      expect(text(part(inside, 'copyright'))).to.equal('版权所有 © 2023 西宁市教育局');
      // The usual page: the notice after the article, the page's only one.
      const after = await notice(html`<main lang="zh-CN">
        <folio-article date-published="2021-12-31T23:30:00+08:00"><p>正文</p></folio-article>
        <folio-copyright-notice></folio-copyright-notice>
      </main>`);
      expect(text(part(after, 'copyright'))).to.equal('版权所有 © 2021');
      // A year the site gives wins; an article without a (valid) date leaves the current year.
      const given = await notice(html`<folio-article lang="en" date-published="2023-06-01"
        ><folio-copyright-notice year-start="2020"></folio-copyright-notice
      ></folio-article>`);
      expect(text(part(given, 'copyright'))).to.equal(`© 2020–${YEAR}. All rights reserved.`);
      const undated = await notice(html`<folio-article lang="en" date-published="June 2023"
        ><folio-copyright-notice></folio-copyright-notice
      ></folio-article>`);
      expect(text(part(undated, 'copyright'))).to.equal(`© ${YEAR}. All rights reserved.`);
    });

    it('leaves one gap, not an empty line, between the copyright and report lines without a disclaimer', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="zh-CN" holder="X" report-email="r@example.com"></folio-copyright-notice>`,
      );
      const gap =
        part(el, 'report')!.getBoundingClientRect().top - part(el, 'copyright')!.getBoundingClientRect().bottom;
      expect(gap).to.be.closeTo(parseFloat(getComputedStyle(part(el, 'copyright')!).marginBlockEnd), 0.5);
      expect(gap).to.be.greaterThan(0);
      const withDisclaimer = await notice(
        html`<folio-copyright-notice lang="zh-CN" holder="X" report-email="r@example.com"><p>声明。</p></folio-copyright-notice>`,
      );
      const disclaimer = withDisclaimer.querySelector('p')!.getBoundingClientRect();
      expect(disclaimer.top - part(withDisclaimer, 'copyright')!.getBoundingClientRect().bottom).to.be.closeTo(
        gap,
        0.5,
      );
      expect(part(withDisclaimer, 'report')!.getBoundingClientRect().top - disclaimer.bottom).to.be.closeTo(gap, 0.5);
    });

    it('keeps a first year of next year alone (a server clock ahead of the reader’s)', async () => {
      const el = await notice(
        html`<folio-copyright-notice lang="en" year-start=${String(YEAR + 1)}></folio-copyright-notice>`,
      );
      expect(text(part(el, 'copyright'))).to.equal(`© ${YEAR + 1}. All rights reserved.`);
      expect(warnings()).to.deep.equal([]);
    });

    const invalid: Array<[string, string, string, RegExp]> = [
      ['abc', '2023', '2023', /year-start: "abc" is not a four-digit year/],
      ['2019.5', '2023', '2023', /year-start: "2019\.5" is not a four-digit year/],
      ['0999', '2023', '2023', /year-start: "0999" is not a four-digit year/],
      ['2019', 'soon', `2019–${YEAR}`, /year-end: "soon" is not a four-digit year .* the current year/],
      ['2019', '9999', `2019–${YEAR}`, /year-end: "9999" is in the future/],
      ['3000', '', `${YEAR}`, /year-start: "3000" is in the future/],
      ['2023', '2020', '2020–2023', /year-start: 2023 is after year-end 2020; the years are shown in order/],
    ];
    for (const [start, end, shown, warning] of invalid) {
      it(`warns about year-start=${start} year-end=${end} and shows ${shown}`, async () => {
        const el = await notice(
          html`<folio-copyright-notice lang="zh-CN" year-start=${start} year-end=${end}></folio-copyright-notice>`,
        );
        expect(text(part(el, 'copyright'))).to.equal(`版权所有 © ${shown}`);
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]).to.match(warning);
      });
    }

    it('reads well without a holder in every locale', async () => {
      for (const lang of ['zh-CN', 'zh-TW', 'en', 'ja']) {
        const el = await notice(
          html`<folio-copyright-notice lang=${lang} year-start="2023" year-end="2023"></folio-copyright-notice>`,
        );
        const line = text(part(el, 'copyright'));
        expect(line, lang).not.to.match(/©\s*[.。]|\s{2}|\s[.。]/);
        expect(line, lang).to.contain('© 2023');
      }
    });
  });

  it('follows a change of lang', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN"><folio-copyright-notice license="cc-by-4.0" report-email="r@example.com"></folio-copyright-notice></div>`,
    );
    const el = wrapper.querySelector('folio-copyright-notice')!;
    await el.updateComplete;
    expect(part(el, 'license-link')!.textContent).to.equal('知识共享 署名 4.0 国际 许可协议');
    wrapper.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(part(el, 'license-link')!.textContent).to.equal('クリエイティブ・コモンズ 表示 4.0 国際');
    expect((part(el, 'license-link') as HTMLAnchorElement).href).to.match(/deed\.ja$/);
  });

  it('is reachable by keyboard: Tab reaches the license link, then the button; Enter opens the dialog', async () => {
    const wrapper = await fixture(html`<div>
      <button id="before">before</button>
      <folio-copyright-notice lang="zh-CN" license="cc-by-4.0" report-dialog="kbd" report-email="r@example.com"></folio-copyright-notice>
      <test-report-dialog id="kbd"></test-report-dialog>
    </div>`);
    const el = wrapper.querySelector('folio-copyright-notice')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'license-link'));
    await sendKeys({ press: 'Tab' });
    const button = part(el, 'report-button')!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(getComputedStyle(button).outlineStyle, 'a visible focus ring').to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(wrapper.querySelector<TestReportDialog>('#kbd')!.shown).to.equal(1);
    await sendKeys({ press: 'Space' });
    expect(wrapper.querySelector<TestReportDialog>('#kbd')!.shown).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'report-link'));
  });

  describe('theme', () => {
    it('uses the dark tokens under data-folio-theme="dark" and is still accessible', async () => {
      const wrapper = await fixture(html`<div data-folio-theme="dark" style="background:#0d1117">
        <folio-copyright-notice lang="zh-CN" license="cc-by-nc-nd-4.0" report-email="r@example.com" report-dialog="d"><p style="color:#e6edf3">${seedDisclaimer}</p></folio-copyright-notice>
      </div>`);
      const el = wrapper.querySelector('folio-copyright-notice')!;
      await el.updateComplete;
      expect(el.matches(':state(dark)')).to.equal(true);
      expect(getComputedStyle(part(el, 'copyright')!).color).to.equal('rgb(145, 152, 161)');
      expect(getComputedStyle(part(el, 'license-link')!).color).to.equal('rgb(121, 184, 255)');
      expect(getComputedStyle(part(el, 'report-button')!).color).to.equal('rgb(121, 184, 255)');
      await expect(el).to.be.accessible();
    });

    it('uses the light tokens by default, and a site’s --folio-* values win', async () => {
      const el = await notice(
        html`<folio-copyright-notice license="cc-by-4.0" style="--folio-color-accent: rgb(1, 2, 3)"></folio-copyright-notice>`,
      );
      expect(getComputedStyle(part(el, 'copyright')!).color).to.equal('rgb(89, 99, 110)');
      expect(getComputedStyle(part(el, 'license-link')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('exposes its parts to ::part()', async () => {
      const style = document.createElement('style');
      style.textContent = 'folio-copyright-notice::part(report-button) { color: rgb(10, 20, 30) }';
      document.head.append(style);
      try {
        const el = await notice(html`<folio-copyright-notice report-dialog="x"></folio-copyright-notice>`);
        expect(getComputedStyle(part(el, 'report-button')!).color).to.equal('rgb(10, 20, 30)');
      } finally {
        style.remove();
      }
    });
  });

  it('renders nothing from attributes as HTML', async () => {
    const el = await notice(
      html`<folio-copyright-notice holder="<img src=x onerror=alert(1)>" reprint-notice="<b>x</b>" license="<i>y</i>"></folio-copyright-notice>`,
    );
    expect(el.shadowRoot!.querySelector('img, b, i')).to.equal(null);
    expect(text(part(el, 'copyright'))).to.contain('<img src=x onerror=alert(1)>');
    expect(text(part(el, 'reprint'))).to.equal('<b>x</b>');
  });

  it('can be registered under another name', async () => {
    class Sub extends FolioCopyrightNotice {}
    Sub.define('test-copyright-sub');
    const el = await fixture<FolioCopyrightNotice>(
      html`<test-copyright-sub lang="en" year-start="2023" year-end="2023"></test-copyright-sub>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part~="copyright"]'))).to.equal('© 2023. All rights reserved.');
  });
});
