// Each lazy part of the notice may fail to load (offline, a deploy that
// replaced the chunks). This file is its own page: before any notice asks for
// a part, the test server is told to fail the three parts' chunks for this
// page (test/routes/failing-chunks.ts), so every import() of them fails as it
// would on such a page.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { FolioCopyrightNotice } from '../../src/copyright-notice/define.js';

const PARTS = ['license', 'report-opener', 'report-email'].flatMap((name) =>
  ['js', 'ts'].map((ext) => new URL(`../../src/copyright-notice/${name}.${ext}`, import.meta.url).pathname),
);
const armed = await fetch('/test-api/failing-chunks', { method: 'PUT', body: JSON.stringify(PARTS) });
if (armed.status !== 204) throw new Error(`the test server did not fail the parts: ${armed.status}`);
// Drops what an earlier page left in the browser's cache, so import() asks the server, which now fails it.
for (const path of PARTS) {
  const { status } = await fetch(path, { cache: 'reload' });
  if (status !== 503) throw new Error(`${path} still loads (${status})`);
}

class TestReportDialog extends HTMLElement {
  shown = 0;
  show(): void {
    this.shown++;
  }
}
customElements.define('test-failure-dialog', TestReportDialog);

const part = (el: FolioCopyrightNotice, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<folio-copyright-notice> when its lazy parts cannot be loaded', () => {
  let warnStub: sinon.SinonStub;
  beforeEach(() => (warnStub = sinon.stub(console, 'warn')));
  afterEach(() => warnStub.restore());
  const warnings = () => warnStub.getCalls().map((c) => String(c.args[0]));

  it('shows a Creative Commons license by its code, warning naming license', async () => {
    const el = await fixture<FolioCopyrightNotice>(
      html`<folio-copyright-notice lang="zh-CN" license="cc-by-nc-nd-4.0" holder="新华社"></folio-copyright-notice>`,
    );
    await el.updateComplete;
    expect(text(part(el, 'license'))).to.equal('许可协议：CC BY-NC-ND 4.0');
    expect(part(el, 'license-link')).to.equal(null);
    expect(text(part(el, 'copyright')), 'a CC license still reserves only some rights').to.equal(
      `© ${new Date().getFullYear()} 新华社`,
    );
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(
      /^<folio-copyright-notice> license: could not load its code \(.*\); it is shown by its code\.$/,
    );
  });

  it('shows no report line for an e-mail it could not check, warning naming report-email; the dialog sentence stays', async () => {
    const el = await fixture<FolioCopyrightNotice>(
      html`<folio-copyright-notice lang="zh-CN" report-email="r@example.com"></folio-copyright-notice>`,
    );
    await el.updateComplete;
    expect(part(el, 'report')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(
      /^<folio-copyright-notice> report-email: could not load its code \(.*\); no e-mail link is shown\.$/,
    );

    const both = await fixture<FolioCopyrightNotice>(
      html`<folio-copyright-notice lang="en" report-email="r@example.com" report-dialog="d"></folio-copyright-notice>`,
    );
    await both.updateComplete;
    expect(text(part(both, 'report'))).to.equal(
      'To report content on this site that may infringe copyright or break the law, use the report form.',
    );
    expect(part(both, 'report-link')).to.equal(null);
  });

  it('keeps the report button, and focus on it, when the code that opens the dialog cannot be loaded; a press warns naming report-dialog', async () => {
    const wrapper = await fixture(html`<div>
      <folio-copyright-notice lang="zh-CN" report-dialog="dlg"></folio-copyright-notice>
      <test-failure-dialog id="dlg"></test-failure-dialog>
    </div>`);
    const el = wrapper.querySelector('folio-copyright-notice')!;
    await el.updateComplete;
    expect(text(part(el, 'report'))).to.equal('如发现本站有涉嫌侵权或违法违规的内容，请点击举报。');
    const button = part(el, 'report-button')!;
    button.focus();
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(
      /^<folio-copyright-notice> report-dialog: could not load its code \(.*\); the report button tries again when pressed\.$/,
    );
    expect(part(el, 'report-button'), 'the button is still there to try again').to.equal(button);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(text(part(el, 'report'))).to.equal('如发现本站有涉嫌侵权或违法违规的内容，请点击举报。');
    expect(wrapper.querySelector<TestReportDialog>('#dlg')!.shown).to.equal(0);
  });
});
