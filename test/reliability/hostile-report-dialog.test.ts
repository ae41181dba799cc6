/**
 * The hostile corpus through `<folio-report-dialog>`: markup in the texts it
 * shows (`page-title`, the labels of `reasons`), URLs in `page-url`, and the
 * two addresses a report is sent to, `action` and `email`, by really sending
 * a report. A report must never run script, never leave the page, never be
 * shown as sent when it went nowhere, and never lose the reader's draft.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/report-dialog/define.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { fillValidReport, submitButton } from '../report-dialog/form.js';
import { HOSTILE_MARKUP, HOSTILE_URLS, type HostileEntry } from './support/hostile-corpus.js';
import { clobbered, expectHarmless, HostilePage, ran, schemeOf } from './support/hostile-checks.js';

const SCAN = { skipRootAttributes: true };
let counter = 0;
const uniquePage = () => `https://news.example.com/hostile/${Date.now()}-${++counter}.html`;

function dialog(attributes: Record<string, string>): FolioReportDialog {
  const el = document.createElement('folio-report-dialog');
  el.setAttribute('min-fill-time', '0');
  el.setAttribute('timeout', '3000');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/**
 * Relative URLs would post to the test server and absolute ones to the
 * internet: only the script and data URLs are sent. (A POST to a data: URL
 * "succeeds" in Chromium, so before the dialog judged `action` one cleared
 * the reader's draft.)
 */
const sendable = (entry: HostileEntry) => entry.live === true;

describe('hostile corpus through <folio-report-dialog>', function () {
  // The setup is real work: about 210 dialogs render their form, about 100 of them are opened, filled and
  // sent; WebKit needs more than 40 s for it while the three engines share two cores.
  this.timeout(120_000);
  const dialogs = new Map<string, FolioReportDialog>();
  const outcomes = new Map<string, { success: number; errors: string[]; mailto: string[] }>();
  const page = new HostilePage();
  let host: HTMLElement;
  const warnings = () => page.warnings;
  const here = location.href;

  function add(key: string, el: FolioReportDialog): void {
    const outcome = { success: 0, errors: [] as string[], mailto: [] as string[] };
    el.addEventListener('folio-report-success', () => outcome.success++);
    el.addEventListener('folio-report-error', (e) =>
      outcome.errors.push((e as CustomEvent<{ error: string }>).detail.error),
    );
    // The documented way to see the mailto fallback's URL without leaving the page.
    el.openMailto = (url: string) => void outcome.mailto.push(url);
    host.append(el);
    dialogs.set(key, el);
    outcomes.set(key, outcome);
  }

  before(async () => {
    host = page.open();
    host.lang = 'zh-CN';
    for (const entry of HOSTILE_MARKUP) {
      add(
        `text:${entry.id}`,
        dialog({
          'page-url': uniquePage(),
          'page-title': entry.value,
          reasons: `illegal, spam:${entry.value.replace(/,/g, ' ')}`,
          'csrf-token': entry.value,
        }),
      );
    }
    for (const entry of HOSTILE_URLS) {
      add(`page-url:${entry.id}`, dialog({ 'page-url': entry.value, 'page-title': 'title-words' }));
      if (sendable(entry)) add(`action:${entry.id}`, dialog({ 'page-url': uniquePage(), action: entry.value }));
      add(`email:${entry.id}`, dialog({ 'page-url': uniquePage(), email: entry.value }));
    }
    // updateComplete waits for the lazily loaded form: every text is rendered, open or not. The dialogs that
    // send are opened (modal dialogs stack), filled and sent as a reader would.
    await Promise.all([...dialogs.values()].map((el) => el.updateComplete));
    const senders = [...dialogs].filter(([key]) => key.startsWith('action:') || key.startsWith('email:'));
    await Promise.all(senders.map(([, el]) => el.show()));
    for (const [key, el] of senders) {
      await fillValidReport(el, `draft-words for ${key}`);
      submitButton(el).click();
    }
    await waitUntil(
      () => [...dialogs.values()].every((el) => !el.matches(':state(submitting)')),
      'every report settled',
    );
    await page.runPayloads(dialogs.values());
  });

  after(async () => {
    await Promise.all([...dialogs.values()].map((el) => el.close()));
    page.close();
  });

  describe('page-title, reasons and csrf-token, as text', () => {
    for (const entry of HOSTILE_MARKUP) {
      it(`${entry.id}: ${entry.note}`, () => {
        const el = dialogs.get(`text:${entry.id}`)!;
        expectHarmless(entry.id, el, SCAN);
        const page = el.shadowRoot!.querySelector('[part~="page"]')!;
        if (entry.value.trim())
          expect(page.querySelector('dd')!.textContent, 'page title').to.equal(entry.value.trim());
      });
    }
  });

  describe('page-url', () => {
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id}: ${entry.note}`, () => {
        const el = dialogs.get(`page-url:${entry.id}`)!;
        expectHarmless(entry.id, el, SCAN);
        const shownUrl = el.shadowRoot!.querySelector('[part~="page"] dd.url')!.textContent!;
        expect(['http:', 'https:'], 'the reported address').to.include(schemeOf(shownUrl));
        if (entry.live) {
          expect(shownUrl, 'the document’s own address instead').to.equal(here.split('#')[0]);
          expect(
            warnings().some((m) => m.startsWith('<folio-report-dialog> page-url:')),
            'warned, naming page-url',
          ).to.equal(true);
        }
      });
    }
  });

  describe('action: a report sent to a script URL', () => {
    for (const entry of HOSTILE_URLS.filter(sendable)) {
      it(`${entry.id}: ${entry.note}`, () => {
        const key = `action:${entry.id}`;
        const el = dialogs.get(key)!;
        const outcome = outcomes.get(key)!;
        expectHarmless(entry.id, el, SCAN);
        expect(location.href, 'still on the page').to.equal(here);
        // Nothing can have received it: it is not shown as sent, the reader hears why, and the draft stays.
        expect(outcome.success, 'folio-report-success').to.equal(0);
        expect(outcome.errors, 'folio-report-error').to.have.length(1);
        expect(el.matches(':state(success)'), 'success shown').to.equal(false);
        expect((el.shadowRoot!.querySelector('#field-description') as HTMLTextAreaElement).value).to.equal(
          `draft-words for ${key}`,
        );
        expect(
          warnings().some((m) => m.startsWith('<folio-report-dialog> action:')),
          'warned, naming action',
        ).to.equal(true);
      });
    }
  });

  describe('email: the mailto fallback', () => {
    for (const entry of HOSTILE_URLS) {
      it(`${entry.id}: ${entry.note}`, () => {
        const key = `email:${entry.id}`;
        const el = dialogs.get(key)!;
        const outcome = outcomes.get(key)!;
        expectHarmless(entry.id, el, SCAN);
        expect(outcome.success, 'never shown as sent').to.equal(0);
        // Either a mailto: URL to a real address, or refused with a warning naming email.
        for (const url of outcome.mailto) expect(schemeOf(url), url).to.equal('mailto:');
        for (const a of el.shadowRoot!.querySelectorAll('a[href]'))
          expect(schemeOf(a.getAttribute('href')!)).to.equal('mailto:');
        if (outcome.mailto.length === 0) {
          expect(outcome.errors, 'not configured').to.deep.equal(['not-configured']);
          expect(
            warnings().some((m) => m.startsWith('<folio-report-dialog> email:')),
            'warned, naming email',
          ).to.equal(true);
        }
        expect(
          (el.shadowRoot!.querySelector('#field-description') as HTMLTextAreaElement).value,
          'the draft is kept',
        ).to.equal(`draft-words for ${key}`);
      });
    }
  });

  it('no payload clobbered a document or window property, nothing threw, and the sentinel never ran', () => {
    expect(clobbered()).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    expect(ran()).to.deep.equal([]);
  });
});
