import { expect, fixture, html } from '@open-wc/testing';
import { narrowFrame } from '../helpers/frame.js';
import { $, chooseReason, dialogFixture, submitButton, uniquePageUrl } from './helpers.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';

const texts = (el: FolioReportDialog) => ({
  title: $(el, '#title')!.textContent,
  reasons: [...el.shadowRoot!.querySelectorAll('.reasons label')].map((l) => l.textContent!.trim()),
  submit: submitButton(el).textContent!.trim(),
  close: $(el, 'button.close')!.getAttribute('aria-label'),
});

describe('<folio-report-dialog> in four languages', () => {
  it('follows lang: zh-CN, zh-TW, en, ja', async () => {
    const expected = {
      'zh-CN': { title: '举报本页内容', first: '涉嫌抄袭侵权', second: '违法违规', submit: '提交举报', close: '关闭' },
      'zh-TW': { title: '檢舉本頁內容', first: '涉嫌抄襲侵權', second: '違法違規', submit: '送出檢舉', close: '關閉' },
      en: {
        title: 'Report this page',
        first: 'Copyright infringement or plagiarism',
        second: 'Illegal or harmful content',
        submit: 'Send report',
        close: 'Close',
      },
      ja: {
        title: 'このページを報告',
        first: '著作権侵害・盗用',
        second: '違法・有害な内容',
        submit: '報告を送信',
        close: '閉じる',
      },
    };
    for (const [lang, want] of Object.entries(expected)) {
      const { el } = await dialogFixture({ lang });
      const got = texts(el);
      expect(got.title, lang).to.equal(want.title);
      expect(got.reasons.slice(0, 2), lang).to.deep.equal([want.first, want.second]);
      expect(got.submit, lang).to.equal(want.submit);
      expect(got.close, lang).to.equal(want.close);
    }
  });

  it('changes language live and sends the locale with the report', async () => {
    const { el } = await dialogFixture({ lang: 'en' });
    el.parentElement!.setAttribute('lang', 'ja');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(texts(el).title).to.equal('このページを報告');
    let locale = '';
    el.addEventListener('folio-report-submit', (e) => {
      locale = (e as CustomEvent).detail.payload.locale;
      e.preventDefault();
    });
    await el.show();
    await chooseReason(el, 'other');
    const description = el.shadowRoot!.getElementById('field-description') as HTMLTextAreaElement;
    description.value = 'テスト';
    description.dispatchEvent(new Event('input'));
    submitButton(el).click();
    expect(locale).to.equal('ja');
    await el.close();
  });

  it('shows validation errors in the reader’s language', async () => {
    const { el } = await dialogFixture({ lang: 'zh-CN' });
    await el.show();
    submitButton(el).click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('error-description')!.textContent).to.equal('此项为必填项。');
    expect($(el, '.notice')!.textContent).to.contain('有 2 项需要修改。');
    await el.close();
  });
});

describe('<folio-report-dialog> accessibility and themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe when open, with the copyright claim and errors shown (${theme})`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN" data-folio-theme=${theme}>
        <folio-report-dialog page-url=${uniquePageUrl()} page-title="以高质量党建推动教育高质量发展" min-fill-time="0"></folio-report-dialog>
      </div>`);
      const el = wrapper.querySelector('folio-report-dialog')!;
      await el.show();
      await expect(el).to.be.accessible();
      await chooseReason(el, 'copyright');
      submitButton(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const background = getComputedStyle($(el, 'dialog')!).backgroundColor;
      expect(background).to.equal(theme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
      await el.close();
    });
  }

  it('becomes full-screen on a narrow screen', async () => {
    // A phone's 360 px, in a frame of its own: WebKit's window is never that narrow.
    const { doc, remove } = await narrowFrame({
      width: 360,
      height: 640,
      modules: ['/src/report-dialog/define.ts'],
      body: `<folio-report-dialog page-url="${uniquePageUrl()}" min-fill-time="0"></folio-report-dialog>`,
    });
    try {
      const el = doc.querySelector('folio-report-dialog')!;
      await el.show();
      expect(doc.documentElement.clientWidth, 'a phone-sized page').to.be.at.most(360);
      const box = $(el, 'dialog')!.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(doc.documentElement.clientWidth);
      expect(Math.round(box.left)).to.equal(0);
      await el.close();
    } finally {
      remove();
    }
  });
});
