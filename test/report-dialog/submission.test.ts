import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import {
  $,
  dialogFixture,
  field,
  fill,
  fillValidReport,
  storedDraft,
  submitButton,
  uniqueSession,
  waitForPhase,
} from './helpers.js';

interface StoredReport {
  id: string;
  report: { description: string; idempotencyKey: string; page: { url: string } };
}
interface LoggedRequest {
  step: string;
  idempotencyKey: string | null;
  csrfToken: string | null;
  contentType: string | null;
  status: number | null;
}

const stored = async (session: string): Promise<StoredReport[]> =>
  (await fetch(`/test-api/reports/${session}/stored`)).json();
const requests = async (session: string): Promise<LoggedRequest[]> =>
  (await fetch(`/test-api/reports/${session}/requests`)).json();
const notice = (el: FolioReportDialog) => $(el, '.notice')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<folio-report-dialog> sending to the endpoint', () => {
  it('survives a 500 and a hang past the timeout, then stores exactly one report with one key', async () => {
    const session = uniqueSession();
    const { el, pageUrl } = await dialogFixture({
      action: `/test-api/reports/${session}?script=500,hang`,
      timeout: 600,
    });
    const errors: unknown[] = [];
    el.addEventListener('folio-report-error', (e) => errors.push((e as CustomEvent).detail));
    await el.show();
    await fillValidReport(el, '第一次提交会失败，但内容不能丢。');

    submitButton(el).click();
    await el.updateComplete;
    expect(el.matches(':state(submitting)')).to.equal(true);
    expect(submitButton(el).textContent).to.contain('Sending');
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('The server had a problem (HTTP 500)');
    expect(storedDraft(pageUrl)?.description, 'the draft is intact after a 500').to.equal(
      '第一次提交会失败，但内容不能丢。',
    );
    expect(field(el, 'description').value).to.equal('第一次提交会失败，但内容不能丢。');

    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await el.updateComplete;
    expect(el.matches(':state(submitting)')).to.equal(true);
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('did not answer within');
    expect(storedDraft(pageUrl)?.description, 'the draft is intact after a timeout').to.equal(
      '第一次提交会失败，但内容不能丢。',
    );
    expect(await stored(session)).to.have.length(0);

    const success = oneEvent(el, 'folio-report-success');
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    const { detail } = await success;
    await el.updateComplete;
    const reports = await stored(session);
    expect(reports, 'exactly one report stored').to.have.length(1);
    expect(detail.id).to.equal(reports[0]!.id);
    expect(reports[0]!.report.description).to.equal('第一次提交会失败，但内容不能丢。');
    expect(reports[0]!.report.page.url).to.equal(pageUrl);
    expect($(el, '[part=reference]')!.textContent).to.equal(reports[0]!.id);
    expect(storedDraft(pageUrl), 'success clears the draft').to.equal(undefined);

    const log = await requests(session);
    expect(log.map((r) => r.step)).to.deep.equal(['500', 'hang', 'ok']);
    expect(new Set(log.map((r) => r.idempotencyKey)).size, 'every attempt sent the same key').to.equal(1);
    expect(log[0]!.contentType).to.contain('application/json');
    expect(errors.map((e: any) => e.error)).to.deep.equal(['server-error', 'timeout']);
    expect((errors[0] as any).status).to.equal(500);

    // Reopening after success starts a fresh report.
    await el.close();
    await el.show();
    expect(field(el, 'description').value).to.equal('');
    await el.close();
  });

  it('sends once on a double click', async () => {
    const session = uniqueSession();
    const { el } = await dialogFixture({ action: `/test-api/reports/${session}` });
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    submitButton(el).click();
    await waitForPhase(el, 'success');
    submitButton(el)?.click();
    await aTimeout(50);
    expect(await requests(session)).to.have.length(1);
    expect(await stored(session)).to.have.length(1);
    await el.close();
  });

  it('keeps the draft when the server cannot be reached, restores it after a reload and retries with the same key', async () => {
    const session = uniqueSession();
    // Nothing listens on port 9: the connection is refused, a real network failure.
    const { el, pageUrl } = await dialogFixture({ action: 'http://127.0.0.1:9/reports' });
    await el.show();
    await fillValidReport(el, '断网后刷新页面');
    const failed = oneEvent(el, 'folio-report-error');
    submitButton(el).click();
    expect((await failed).detail.error).to.equal('network');
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('could not be reached');
    expect($(el, '[part~=retry-button]')).to.not.equal(null);
    const key = storedDraft(pageUrl)!.idempotencyKey;
    expect(key).to.match(/^[0-9a-f-]{32,36}$/);
    el.remove(); // the page goes away

    // "Reload": a new element for the same page finds the draft in sessionStorage.
    const { el: again } = await dialogFixture({ action: `/test-api/reports/${session}`, pageUrl });
    await again.show();
    expect($(again, '.restored')!.textContent).to.equal('Your unsent draft was restored.');
    expect(field(again, 'description').value).to.equal('断网后刷新页面');
    expect(($(again, 'input[name=reason][value=illegal]') as HTMLInputElement).checked).to.equal(true);
    expect(field(again, 'contact.email').value).to.equal('reader@example.com');
    submitButton(again).click();
    await waitForPhase(again, 'success');
    expect((await requests(session)).map((r) => r.idempotencyKey)).to.deep.equal([key]);
    expect((await stored(session))[0]!.report.idempotencyKey).to.equal(key);
    await again.close();
  });

  it('shows the server’s field errors (422) at their fields and keeps the draft', async () => {
    const session = uniqueSession();
    // The page offers a reason the endpoint does not accept: the real handler answers 422 for `reason`.
    const { el, pageUrl } = await dialogFixture({
      action: `/test-api/reports/${session}`,
      reasons: 'spam:Spam, other',
    });
    await el.show();
    ($(el, 'input[name=reason][value=spam]') as HTMLInputElement).click();
    await fill(el, 'description', 'Buy cheap watches');
    const failed = oneEvent(el, 'folio-report-error');
    submitButton(el).click();
    expect((await failed).detail).to.include({ status: 422, error: 'invalid' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('error-reason')!.textContent).to.contain('reason');
    expect(($(el, 'input[name=reason]') as HTMLInputElement).getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name=reason]'));
    expect(storedDraft(pageUrl)?.description).to.equal('Buy cheap watches');
    await el.close();
  });

  it('maps nested and unknown error paths from a 4xx answer, in the reader’s words where it can', async () => {
    const fetchStub = sinon.stub(window, 'fetch').resolves(
      new Response(
        JSON.stringify({
          errors: {
            'contact.email': 'Address is blocked',
            'claim.evidence.1': 'Bad link',
            captcha: 'Captcha required',
          },
        }),
        {
          status: 422,
          headers: { 'Content-Type': 'application/json' },
        },
      ),
    );
    try {
      const { el } = await dialogFixture({ action: '/somewhere' });
      await el.show();
      await fillValidReport(el);
      submitButton(el).click();
      await waitUntil(() => el.shadowRoot!.getElementById('error-contact-email'));
      expect(el.shadowRoot!.getElementById('error-contact-email')!.textContent).to.equal('Address is blocked');
      expect(notice(el)).to.contain('Captcha required');
      expect(el.shadowRoot!.activeElement).to.equal(field(el, 'contact.email'));
      await el.close();
    } finally {
      fetchStub.restore();
    }
  });

  it('sends a report edited after a lost answer with a new key: the server refuses the used key (422), the draft is kept', async () => {
    const session = uniqueSession();
    // The first send is stored but its answer is lost: the dialog times out.
    const { el, pageUrl } = await dialogFixture({ action: `/test-api/reports/${session}?script=lost`, timeout: 600 });
    await el.show();
    await fillValidReport(el, '第一版：答复丢失。');
    submitButton(el).click();
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('did not answer within');
    const firstKey = storedDraft(pageUrl)!.idempotencyKey;

    // The reader edits the report, then tries again: same key, another body.
    await fill(el, 'description', '第二版：读者改过的内容。');
    const success = oneEvent(el, 'folio-report-success');
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    const { detail } = await success;
    await el.updateComplete;

    const log = await requests(session);
    expect(log.map((r) => r.status)).to.deep.equal([201, 422, 201]);
    expect(log[1]!.idempotencyKey, 'the retry sent the used key').to.equal(firstKey);
    expect(log[2]!.idempotencyKey, 'the edited report went with a new key').to.not.equal(firstKey);
    const reports = await stored(session);
    expect(reports.map((r) => r.report.description)).to.deep.equal(['第一版：答复丢失。', '第二版：读者改过的内容。']);
    expect(detail.id).to.equal(reports[1]!.id);
    expect(detail.payload.idempotencyKey).to.equal(log[2]!.idempotencyKey);
    expect(storedDraft(pageUrl), 'success clears the draft').to.equal(undefined);
    await el.close();
  });

  it('shows the wait of a 429 and keeps the draft', async () => {
    const session = uniqueSession();
    const { el, pageUrl } = await dialogFixture({ action: `/test-api/reports/${session}?script=429` });
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('try again in 30 seconds');
    expect(storedDraft(pageUrl)).to.not.equal(undefined);
    await el.close();
  });

  it('sends the CSRF token from the attribute, else from <meta name="csrf-token">', async () => {
    const meta = document.createElement('meta');
    meta.name = 'csrf-token';
    meta.content = 'from-meta';
    document.head.append(meta);
    try {
      const session = uniqueSession();
      const { el } = await dialogFixture({ action: `/test-api/reports/${session}?csrf=from-meta` });
      await el.show();
      await fillValidReport(el);
      submitButton(el).click();
      await waitForPhase(el, 'success');
      expect((await requests(session))[0]!.csrfToken).to.equal('from-meta');
      await el.close();

      const other = uniqueSession();
      const { el: second } = await dialogFixture({ action: `/test-api/reports/${other}?csrf=attr` });
      second.setAttribute('csrf-token', 'attr');
      await second.show();
      await fillValidReport(second);
      submitButton(second).click();
      await waitForPhase(second, 'success');
      expect((await requests(other))[0]!.csrfToken).to.equal('attr');
      await second.close();
    } finally {
      meta.remove();
    }
  });
});
