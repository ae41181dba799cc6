// Imports the class but does not register it: the notices below are first laid
// out as undefined tags styled only by folio.css, as on a page before its script runs.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '../helpers/viewport.js';
import { seedDisclaimer } from '../../fixtures/seed-article.js';
import { FolioCopyrightNotice } from '../../src/copyright-notice/copyright-notice.js';

async function linkPreflight(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../src/folio.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

type Box = { top: number; height: number };
const box = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top * 100) / 100, height: Math.round(r.height * 100) / 100 };
};

describe('<folio-copyright-notice> before and after upgrade', () => {
  before(async () => {
    await setViewport({ width: 900, height: 900 });
    await linkPreflight();
  });

  it('moves nothing: the notice keeps its box, the disclaimer its place, and what follows stays put', async () => {
    expect(customElements.get('folio-copyright-notice')).to.equal(undefined);
    // Each case ends with a marker paragraph: if anything above it moves, the marker moves.
    const page = await fixture(html`<div style="width: 40rem; font-family: 'Noto Sans CJK SC', sans-serif" lang="zh-CN">
      <section data-case="seed (disclaimer, dialog)">
        <folio-copyright-notice report-dialog="report-dialog"><p>${seedDisclaimer}</p></folio-copyright-notice><p class="after">下一段</p>
      </section>
      <section data-case="seed data only (no report line)">
        <folio-copyright-notice reprint-notice="未经许可不得转载"><p>${seedDisclaimer}</p></folio-copyright-notice><p class="after">下一段</p>
      </section>
      <section data-case="everything">
        <folio-copyright-notice holder="新华社" year-start="2020" license="cc-by-nc-nd-4.0" reprint-notice="未经许可不得转载" report-email="r@example.com" report-dialog="d"
          ><p>${seedDisclaimer}</p><p>第二段声明。</p></folio-copyright-notice
        ><p class="after">下一段</p>
      </section>
      <section data-case="no disclaimer, e-mail only">
        <folio-copyright-notice holder="X" report-email="r@example.com"></folio-copyright-notice><p class="after">下一段</p>
      </section>
      <section data-case="text-only disclaimer, unknown license">
        <folio-copyright-notice license="GFDL-1.3">版权声明：本站文章仅代表作者观点。</folio-copyright-notice><p class="after">下一段</p>
      </section>
    </div>`);
    const cases = [...page.querySelectorAll('section')];
    const measure = () =>
      cases.map((section) => {
        const notice = section.querySelector('folio-copyright-notice')!;
        const first = notice.firstElementChild;
        return {
          case: section.dataset.case,
          notice: box(notice),
          disclaimer: first ? box(first) : null,
          after: box(section.querySelector('.after')!),
        };
      });
    const before = measure();
    expect(before[0]!.notice.height, 'the preflight reserves room').to.be.greaterThan(before[0]!.disclaimer!.height);

    FolioCopyrightNotice.define();
    const notices = [...page.querySelectorAll('folio-copyright-notice')];
    await Promise.all(notices.map((n) => n.updateComplete));
    expect(notices.every((n) => n.shadowRoot?.querySelector('[part~="copyright"]'))).to.equal(true);

    expect(measure()).to.deep.equal(before);
  });
});
