import { expect, fixture, html } from '@open-wc/testing';
import { afterIdle, waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
import { LazyPart } from '../../src/core/lazy-part.js';
import { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { draftKey, emptyDraft } from '../../src/report-dialog/draft.js';
import { BUILTIN_LOCALES, builtinTable } from '../../src/locales/registry.js';
import { $, deepActive, field, uniquePageUrl } from './helpers.js';

type FormModule = typeof import('../../src/report-dialog/report-form.js');
const realImport = () => import('../../src/report-dialog/report-form.js');

/**
 * Dialogs whose form module arrives when the test says so, or fails: the
 * element's own loading path (idle preload, opening, updateComplete,
 * failure, retry), with the real form module behind it. Each test starts
 * with a form part not loaded yet, as a fresh page would.
 */
let answer: () => Promise<FormModule> = realImport;
let imports = 0;
class ControlledDialog extends FolioReportDialog {
  static reset(): void {
    this.formPart = new LazyPart<FormModule>(() => {
      imports++;
      return answer();
    }, 'ReportForm');
  }
}
ControlledDialog.define('test-controlled-report-dialog');

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function controlled(
  attributes: { email?: string; pageUrl?: string } = {},
): Promise<{ el: ControlledDialog; opener: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
    <button id="opener">Report</button>
    <test-controlled-report-dialog page-url=${attributes.pageUrl ?? uniquePageUrl()} page-title="旧书市集" min-fill-time="0"></test-controlled-report-dialog>
  </div>`);
  const el = wrapper.querySelector<ControlledDialog>('test-controlled-report-dialog')!;
  if (attributes.email) el.setAttribute('email', attributes.email);
  return { el, opener: wrapper.querySelector('#opener')! };
}

const dialogOf = (el: FolioReportDialog) => $<HTMLDialogElement>(el, 'dialog')!;

describe('<folio-report-dialog> loads its form lazily', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    answer = realImport;
    imports = 0;
    ControlledDialog.reset();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('fetches the form by itself once the browser is idle, without being opened or awaited', async () => {
    const el = document.createElement('folio-report-dialog');
    el.setAttribute('page-url', uniquePageUrl());
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form never arrived', { timeout: 5000 });
      expect(el.open).to.equal(false);
      expect(dialogOf(el).open, 'preloading never opens the dialog').to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('fetches nothing for a dialog removed before the browser was idle', async () => {
    const el = document.createElement('test-controlled-report-dialog');
    document.body.append(el);
    el.remove();
    await afterIdle(window, 2500); // past the idle preload
    expect(imports).to.equal(0);
  });

  it('renders only the shell until the form arrives, and updateComplete waits for it', async () => {
    const arrival = deferred<FormModule>();
    answer = () => arrival.promise;
    const { el } = await controlled();
    expect($(el, '#title')!.textContent).to.equal('Report this page');
    expect($(el, 'form')).to.equal(null);
    expect(dialogOf(el).hasAttribute('aria-describedby'), 'no description that does not exist yet').to.equal(false);
    let ready = false;
    const waiting = el.updateComplete.then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(ready, 'updateComplete does not resolve before the form').to.equal(false);
    expect(imports, 'asked for once, whether by the idle preload or by updateComplete').to.equal(1);
    arrival.resolve(await realImport());
    await waiting;
    expect($(el, 'form'), 'the form has rendered when updateComplete resolves').to.not.equal(null);
    expect(dialogOf(el).getAttribute('aria-describedby')).to.equal('intro');
    expect(imports, 'one load').to.equal(1);
  });

  it('opens only once the form has rendered: never an empty box, focus on the first field', async () => {
    const arrival = deferred<FormModule>();
    answer = () => arrival.promise;
    const { el, opener } = await controlled();
    opener.focus();
    let shown = false;
    const showing = el.show().then(() => (shown = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(el.open, 'the open attribute reflects the request at once').to.equal(true);
    expect(dialogOf(el).open, 'the modal waits for the form').to.equal(false);
    expect(shown).to.equal(false);
    arrival.resolve(await realImport());
    await showing;
    expect(dialogOf(el).matches(':modal')).to.equal(true);
    expect(deepActive()).to.equal($(el, 'input[name=reason]'));
    // The form's styles came with it: fields are laid out, not browser defaults.
    expect(getComputedStyle(field(el, 'description')).inlineSize).to.equal(getComputedStyle($(el, 'form')!).inlineSize);
    await el.close();
    expect(document.activeElement).to.equal(opener);
  });

  it('restores a draft stored before the form loaded: nothing typed is lost', async () => {
    const pageUrl = uniquePageUrl();
    const draft = { ...emptyDraft('illegal'), description: '刷新前写的内容' };
    sessionStorage.setItem(draftKey(pageUrl), JSON.stringify(draft));
    const arrival = deferred<FormModule>();
    answer = () => arrival.promise;
    const { el } = await controlled({ pageUrl });
    const showing = el.show();
    arrival.resolve(await realImport());
    await showing;
    expect(field(el, 'description').value).to.equal('刷新前写的内容');
    expect(($(el, 'input[name=reason][value=illegal]') as HTMLInputElement).checked).to.equal(true);
    expect($(el, '.restored')!.textContent).to.equal('Your unsent draft was restored.');
    await el.close();
  });

  it('when the form cannot load: opens with an explanation, the e-mail fallback and a retry, and warns', async () => {
    const pageUrl = uniquePageUrl();
    sessionStorage.setItem(draftKey(pageUrl), JSON.stringify({ ...emptyDraft('other'), description: '不能丢' }));
    answer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      const { el, opener } = await controlled({ email: 'report@example.com', pageUrl });
      const mailto = sinon.stub(el, 'openMailto');
      opener.focus();
      await el.show();
      expect(dialogOf(el).matches(':modal'), 'the dialog still opens').to.equal(true);
      const note = $(el, '[part=notice]')!;
      expect(note.getAttribute('role')).to.equal('alert');
      expect(note.textContent).to.equal('The report form could not be loaded. Check your connection and try again.');
      expect(dialogOf(el).getAttribute('aria-describedby')).to.equal(note.id);
      expect(warn.args.map((a) => String(a[0])).filter((w) => w.includes('could not load'))).to.deep.equal([
        '<test-controlled-report-dialog> form: could not load its code (TypeError: Failed to fetch dynamically imported module); opened, the dialog says so and offers a retry.',
      ]);
      await expect(el).to.be.accessible();

      const link = $<HTMLAnchorElement>(el, '[part=actions] a')!;
      expect(link.textContent).to.equal('Report by e-mail instead');
      expect(deepActive(), 'focus inside the dialog, on its first control').to.equal(link);
      link.click();
      const url = new URL(mailto.firstCall.args[0]);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('report@example.com');
      expect(url.searchParams.get('subject')).to.equal('Report: 旧书市集');
      expect(url.searchParams.get('body')).to.equal(pageUrl);
      expect(link.getAttribute('href')).to.equal(mailto.firstCall.args[0]);

      // The network is back: "Try again" brings the form in place, with the draft, and focus on its first field.
      answer = realImport;
      $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
      await el.updateComplete;
      await waitUntil(() => $(el, 'form'), 'the retry did not bring the form');
      await el.updateComplete;
      expect(field(el, 'description').value).to.equal('不能丢');
      expect(deepActive(), 'the draft’s reason, the radio group’s Tab stop').to.equal(
        $(el, 'input[name=reason][value=other]'),
      );
      await el.close();
      expect(document.activeElement).to.equal(opener);
      expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('opens with the explanation, not a TypeError, when the chunk answers an empty namespace (WebKit, after a failed evaluation)', async () => {
    answer = () => Promise.resolve({} as FormModule);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in event ? event.reason : event.error);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    try {
      const { el } = await controlled();
      await el.show();
      expect($(el, '[part=notice]')!.textContent).to.equal(
        'The report form could not be loaded. Check your connection and try again.',
      );
      expect(warn.args.map((a) => String(a[0])).find((w) => w.includes(' form: '))).to.contain(
        'could not load its code (Error: the module has no ReportForm export)',
      );
      answer = realImport;
      $<HTMLButtonElement>(el, '[part=retry-button]')!.click();
      await el.updateComplete;
      expect($(el, 'form'), 'the retry brings the form').to.not.equal(null);
      await el.close();
      expect(errors).to.deep.equal([]);
    } finally {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    }
  });

  it('refuses an email with no address after mailto: as the form does: a warning, no mail link', async () => {
    answer = () => Promise.reject(new Error('offline'));
    const { el } = await controlled({ email: 'mailto:' });
    await el.show();
    expect($(el, '[part=retry-button]'), 'the failure note is shown').to.not.equal(null);
    expect($(el, '[part=actions] a')).to.equal(null);
    expect(String(warn.args.find((a) => String(a[0]).includes(' email:'))?.[0])).to.contain(
      '<test-controlled-report-dialog> email: "mailto:" is not an e-mail address',
    );
    await el.close();
  });

  it('tries again on the next opening after a failure, and offers no mailto without a valid address', async () => {
    answer = () => Promise.reject(new Error('offline'));
    const { el } = await controlled({ email: 'not an address' });
    await el.show();
    expect($(el, '[part=actions] a'), 'no mail link to a bad address').to.equal(null);
    expect(String(warn.args.find((a) => String(a[0]).includes(' email:'))?.[0])).to.contain(
      '<test-controlled-report-dialog> email: "not an address" is not an e-mail address',
    );
    expect(deepActive()).to.equal($(el, '[part=retry-button]'));
    await el.close();
    const before = imports;
    answer = realImport;
    await el.show();
    expect(imports, 'opening again loads again').to.equal(before + 1);
    expect($(el, 'form')).to.not.equal(null);
    expect($(el, '[part=notice][role=alert].unavailable')).to.equal(null);
    await el.close();
  });
});

describe('the form’s strings, which load with it', () => {
  it('exist in every built-in locale with the same keys, none empty', async () => {
    await import('../../src/locales/report-dialog-form.js');
    const formKeys = (code: (typeof BUILTIN_LOCALES)[number]) =>
      Object.keys(builtinTable(code))
        .filter((k) => k.startsWith('report'))
        .sort();
    expect(formKeys('en')).to.include.members([
      'reportIntro',
      'reportSubmit',
      'reportClaimLegend',
      'reportFormUnavailable',
    ]);
    for (const code of BUILTIN_LOCALES) {
      expect(formKeys(code), code).to.deep.equal(formKeys('en'));
      for (const key of formKeys(code)) {
        const value = builtinTable(code)[key];
        if (typeof value === 'string') expect(value.trim(), `${code}.${key}`).to.not.equal('');
      }
    }
  });
});
