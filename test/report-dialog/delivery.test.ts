import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { buildMailto } from '../../src/report-dialog/mailto.js';
import { retryAfterSeconds } from '../../src/report-dialog/submit-report.js';
import {
  $,
  dialogFixture,
  fill,
  fillValidClaim,
  fillValidReport,
  storedDraft,
  submitButton,
  waitForPhase,
} from './helpers.js';

const notice = (el: FolioReportDialog) => $(el, '.notice')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<folio-report-dialog> without an endpoint', () => {
  it('lets the host send the report with respondWith, showing progress and then its reference', async () => {
    const { el, pageUrl } = await dialogFixture();
    let resolve!: (value: { id: string }) => void;
    const submitted = oneEvent(el, 'folio-report-submit');
    el.addEventListener('folio-report-submit', (e) => {
      (e as CustomEvent).detail.respondWith(new Promise((r) => (resolve = r)));
    });
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    const { detail } = await submitted;
    expect(detail.payload).to.deep.include({
      reason: 'illegal',
      locale: 'en',
      description: '这篇文章含有违法内容，请核实。',
    });
    expect(detail.payload.page).to.deep.equal({ url: pageUrl, title: '以高质量党建推动教育高质量发展' });
    expect(detail.payload.contact).to.deep.equal({ name: '王小明', email: 'reader@example.com' });
    expect(detail.payload.idempotencyKey).to.equal(storedDraft(pageUrl)!.idempotencyKey);
    await el.updateComplete;
    expect(el.matches(':state(submitting)')).to.equal(true);
    const success = oneEvent(el, 'folio-report-success');
    resolve({ id: 'HOST-42' });
    expect((await success).detail).to.deep.include({ id: 'HOST-42' });
    await el.updateComplete;
    expect($(el, '[part=reference]')!.textContent).to.equal('HOST-42');
    expect(el.shadowRoot!.activeElement, 'focus moves to the confirmation').to.equal($(el, '#success-heading'));
    await expect(el).to.be.accessible();
    expect(storedDraft(pageUrl)).to.equal(undefined);
    await el.close();
  });

  it('keeps the draft and offers a retry when the host’s promise rejects', async () => {
    const { el, pageUrl } = await dialogFixture();
    const answers = [() => Promise.reject(new Error('CMS down')), () => Promise.resolve({ id: 'second' })];
    el.addEventListener('folio-report-submit', (e) => (e as CustomEvent).detail.respondWith(answers.shift()!()));
    await el.show();
    await fillValidReport(el);
    const failed = oneEvent(el, 'folio-report-error');
    submitButton(el).click();
    const { detail } = await failed;
    expect(detail.error).to.equal('host');
    expect((detail.cause as Error).message).to.equal('CMS down');
    await waitForPhase(el, 'form');
    expect(notice(el)).to.contain('could not be sent');
    expect(storedDraft(pageUrl)).to.not.equal(undefined);
    $<HTMLButtonElement>(el, '[part~=retry-button]')!.click();
    await waitForPhase(el, 'success');
    expect($(el, '[part=reference]')!.textContent).to.equal('second');
    await el.close();
  });

  it('treats a cancelled event without respondWith as handled by the host', async () => {
    const { el } = await dialogFixture({ email: 'report@example.com' });
    const mailto = sinon.stub(el, 'openMailto');
    el.addEventListener('folio-report-submit', (e) => e.preventDefault());
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    await waitForPhase(el, 'success');
    expect(mailto.called).to.equal(false);
    expect($(el, '[part=reference]')).to.equal(null);
    await el.close();
  });

  it('falls back to a mailto with the report as its body when nobody handles it', async () => {
    const { el, pageUrl } = await dialogFixture({ email: 'report@example.com', lang: 'zh-CN' });
    const mailto = sinon.stub(el, 'openMailto');
    await el.show();
    await fillValidClaim(el);
    submitButton(el).click();
    await el.updateComplete;
    expect(mailto.calledOnce).to.equal(true);
    const url = new URL(mailto.firstCall.args[0]);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('report@example.com');
    expect(url.searchParams.get('subject')).to.equal('举报：以高质量党建推动教育高质量发展');
    const body = url.searchParams.get('body')!;
    expect(body).to.contain(`网址：${pageUrl}`);
    expect(body).to.contain('举报原因：涉嫌抄袭侵权');
    expect(body).to.contain('权利人姓名（名称）：李华');
    expect(body.indexOf('问题描述'), 'the description comes before the claim details').to.be.lessThan(
      body.indexOf('权利人'),
    );
    expect(body).to.contain('问题描述：本文抄袭了我发表的文章。');
    expect(notice(el)).to.contain('已为您打开邮件程序');
    expect(storedDraft(pageUrl), 'we cannot know the mail was sent: the draft stays').to.not.equal(undefined);
    // The link in the notice opens the same mail again.
    $<HTMLAnchorElement>(el, '.notice a')!.click();
    expect(mailto.secondCall.args[0]).to.equal(mailto.firstCall.args[0]);
    await el.close();
  });

  it('says reporting is not configured when there is no action, host or e-mail, and keeps the text', async () => {
    const { el, pageUrl } = await dialogFixture();
    const failed = oneEvent(el, 'folio-report-error');
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    expect((await failed).detail.error).to.equal('not-configured');
    await el.updateComplete;
    expect(notice(el)).to.contain('Reporting is not set up on this site');
    expect(storedDraft(pageUrl)).to.not.equal(undefined);
    await el.close();
  });

  it('never sends to an action that is not an http(s) address: it warns, keeps the draft and falls back', async () => {
    const warn = sinon.stub(console, 'warn');
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      for (const action of [
        'data:text/html,<script>alert(1)</script>',
        '  DaTa:application/json,{}',
        'javascript:alert(1)',
        'mailto:abuse@example.com',
      ]) {
        warn.resetHistory();
        const { el, pageUrl } = await dialogFixture({ action, email: 'report@example.com' });
        const mailto = sinon.stub(el, 'openMailto');
        const success = sinon.spy();
        el.addEventListener('folio-report-success', success);
        await el.show();
        await fillValidReport(el);
        submitButton(el).click();
        await el.updateComplete;
        expect(success.called, `${action}: no success`).to.equal(false);
        expect(mailto.calledOnce, `${action}: the e-mail fallback`).to.equal(true);
        expect(storedDraft(pageUrl), `${action}: the draft stays`).to.not.equal(undefined);
        const warnings = warn.args
          .map((a) => String(a[0]))
          .filter((w) => w.startsWith('<folio-report-dialog> action:'));
        expect(warnings, action).to.have.length(1);
        expect(warnings[0]).to.contain(JSON.stringify(action.trim()).slice(0, 20));
        await el.close();
      }
      // Without an address, the reader is told reporting is not set up.
      const { el } = await dialogFixture({ action: 'data:,x' });
      const failed = oneEvent(el, 'folio-report-error');
      await el.show();
      await fillValidReport(el);
      submitButton(el).click();
      expect((await failed).detail.error).to.equal('not-configured');
      await el.close();
      expect(fetchSpy.called, 'nothing was fetched').to.equal(false);
    } finally {
      fetchSpy.restore();
      warn.restore();
    }
  });

  it('warns about an e-mail attribute that is not an address', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const { el } = await dialogFixture({ email: 'javascript:alert(1)' });
      const mailto = sinon.stub(el, 'openMailto');
      await el.show();
      await fillValidReport(el);
      submitButton(el).click();
      await el.updateComplete;
      expect(mailto.called).to.equal(false);
      expect(String(warn.firstCall.args[0])).to.contain('<folio-report-dialog> email:');
      expect(notice(el)).to.contain('not set up');
      await el.close();
    } finally {
      warn.restore();
    }
  });
});

describe('<folio-report-dialog> against bots', () => {
  it('hides the honeypot from people and screen readers, and never autofills it', async () => {
    const { el } = await dialogFixture();
    await el.show();
    const honeypot = $<HTMLInputElement>(el, '.honeypot input')!;
    expect(honeypot.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.autocomplete).to.equal('off');
    const box = honeypot.getBoundingClientRect();
    expect(box.right <= 0 || box.width <= 1, 'off-screen').to.equal(true);
    await el.close();
  });

  it('pretends success and sends nothing when the honeypot is filled', async () => {
    const { el, pageUrl } = await dialogFixture({ action: '/test-api/reports/never' });
    const fetchSpy = sinon.spy(window, 'fetch');
    const events = sinon.spy();
    el.addEventListener('folio-report-submit', events);
    el.addEventListener('folio-report-success', events);
    try {
      await el.show();
      await fillValidReport(el);
      $<HTMLInputElement>(el, '.honeypot input')!.value = 'http://spam.example';
      submitButton(el).click();
      await waitForPhase(el, 'success');
      expect($(el, '.success')!.textContent).to.contain('Report sent');
      expect(fetchSpy.called).to.equal(false);
      expect(events.called).to.equal(false);
      expect(storedDraft(pageUrl), 'nothing a person might have typed is thrown away').to.not.equal(undefined);
      await el.close();
    } finally {
      fetchSpy.restore();
    }
  });

  it('refuses, with an explanation, a report sent faster than a person fills the form', async () => {
    const { el } = await dialogFixture({ minFillTime: 60_000 });
    const submit = sinon.spy();
    el.addEventListener('folio-report-submit', submit);
    await el.show();
    await fillValidReport(el);
    submitButton(el).click();
    await el.updateComplete;
    expect(submit.called).to.equal(false);
    expect(notice(el)).to.contain('That was quick');
    el.minFillTime = 0; // as if the time had passed
    await el.updateComplete;
    submitButton(el).click();
    await el.updateComplete;
    expect(submit.calledOnce).to.equal(true);
    await el.close();
  });
});

describe('report-dialog helpers', () => {
  it('shortens a mailto body to fit, whole characters and a note', () => {
    const url = buildMailto('a@example.com', 'Report', '侵'.repeat(3000), '(shortened)', 2000);
    expect(url.length).to.be.at.most(2000);
    const body = new URL(url).searchParams.get('body')!;
    expect(body.endsWith('…\n(shortened)')).to.equal(true);
    expect(body.startsWith('侵侵侵')).to.equal(true);
    expect(buildMailto('a@example.com', 'R', 'short', 'x')).to.equal('mailto:a@example.com?subject=R&body=short');
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterSeconds('30')).to.equal(30);
    expect(retryAfterSeconds(new Date(Date.now() + 90_000).toUTCString())).to.be.within(88, 91);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
    expect(retryAfterSeconds(null)).to.equal(undefined);
  });
});

// fill is used by tests above through helpers; keep the import honest for the type checker.
void fill;
