import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '../helpers/keys.js';
import '../../src/report-dialog/define.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { $, deepActive, uniquePageUrl, uniqueSession } from './helpers.js';

async function tabTo(el: FolioReportDialog, target: Element, limit = 30): Promise<void> {
  for (let i = 0; i < limit && deepActive() !== target; i++) await sendKeys({ press: 'Tab' });
  expect(deepActive(), 'reached by Tab').to.equal(target);
  await el.updateComplete;
}

describe('<folio-report-dialog> by keyboard alone', () => {
  it('reports the page from the opener to the reference number, stored exactly once even after a server failure', async () => {
    const session = uniqueSession();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <button id="opener" onclick="this.nextElementSibling.show()">举报</button>
      <folio-report-dialog action=${`/test-api/reports/${session}?script=500`} page-url=${uniquePageUrl()} min-fill-time="0"></folio-report-dialog>
    </div>`);
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    const el = wrapper.querySelector('folio-report-dialog')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.open && deepActive() === $(el, 'input[name=reason]'),
      'focus did not move into the dialog',
    );

    // Arrow keys choose within the radio group: 涉嫌抄袭侵权 → 违法违规.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(($(el, 'input[value=illegal]') as HTMLInputElement).checked).to.equal(true);

    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(el.shadowRoot!.getElementById('field-description'));
    await sendKeys({ type: '文章含有违法内容' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Wang' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'wang@example.com' });
    await tabTo(el, $(el, 'button[type=submit]')!);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~=retry-button]'), 'the 500 offers a retry');
    // One action after a failure: the send button, now 重试, focused and in view below the error.
    const retry = $<HTMLButtonElement>(el, '[part~=retry-button]')!;
    expect(el.shadowRoot!.querySelectorAll('button[type=submit], [part~=retry-button]')).to.have.length(1);
    expect(retry.textContent!.trim()).to.equal('重试');
    await waitUntil(() => deepActive() === retry, 'focus on the one action');
    const dialogBox = $(el, 'dialog')!.getBoundingClientRect();
    const box = retry.getBoundingClientRect();
    expect(box.top, 'in view').to.be.at.least(Math.max(0, dialogBox.top) - 1);
    expect(box.bottom, 'in view').to.be.at.most(Math.min(innerHeight, dialogBox.bottom) + 1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=reference]'), 'no reference number');
    const heading = $(el, '#success-heading')!;
    expect(deepActive()).to.equal(heading);
    // Its focus ring, if any, goes around the words, not across the dialog.
    const range = document.createRange();
    range.selectNodeContents(heading);
    expect(heading.getBoundingClientRect().width).to.be.closeTo(range.getBoundingClientRect().width, 1);

    const stored = await (await fetch(`/test-api/reports/${session}/stored`)).json();
    expect(stored).to.have.length(1);
    expect(stored[0].report).to.deep.include({ reason: 'illegal', description: '文章含有违法内容', locale: 'zh-CN' });
    expect($(el, '[part=reference]')!.textContent).to.equal(stored[0].id);

    await tabTo(el, $(el, '.actions button')!);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.open);
    expect(document.activeElement).to.equal(opener);
  });
});
