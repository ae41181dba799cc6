import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/report-dialog/define.js';
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';
import { draftKey } from '../../src/report-dialog/draft.js';

let counter = 0;

/** A page address of its own per test, so drafts (sessionStorage, per page) never leak between tests. */
export function uniquePageUrl(): string {
  return `https://news.example.com/article/${Date.now()}-${++counter}.html`;
}

export function uniqueSession(): string {
  return `rd-${Date.now().toString(36)}-${++counter}`;
}

export interface DialogOptions {
  action?: string;
  email?: string;
  reasons?: string;
  lang?: string;
  pageUrl?: string;
  minFillTime?: number;
  timeout?: number;
}

/** A dialog with an opener button in front of it, as a page has. */
export async function dialogFixture(
  options: DialogOptions = {},
): Promise<{ el: FolioReportDialog; opener: HTMLButtonElement; pageUrl: string }> {
  const pageUrl = options.pageUrl ?? uniquePageUrl();
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'}>
    <button id="opener">Report</button>
    <folio-report-dialog
      page-url=${pageUrl}
      page-title="以高质量党建推动教育高质量发展"
      action=${options.action ?? ''}
      email=${options.email ?? ''}
      reasons=${options.reasons ?? ''}
      min-fill-time=${options.minFillTime ?? 0}
      timeout=${options.timeout ?? 15000}
    ></folio-report-dialog>
  </div>`);
  const el = wrapper.querySelector('folio-report-dialog')!;
  if (!options.action) el.removeAttribute('action');
  if (!options.email) el.removeAttribute('email');
  if (!options.reasons) el.removeAttribute('reasons');
  await el.updateComplete;
  return { el, opener: wrapper.querySelector('#opener')!, pageUrl };
}

export * from './form.js';

export function storedDraft(pageUrl: string): Record<string, unknown> | undefined {
  const text = sessionStorage.getItem(draftKey(pageUrl));
  return text ? JSON.parse(text) : undefined;
}

export async function waitForPhase(el: FolioReportDialog, phase: 'success' | 'form', message?: string): Promise<void> {
  await el.updateComplete; // a click sets the phase at once, its :state() with the update
  await waitUntil(
    () =>
      phase === 'success'
        ? el.matches(':state(success)')
        : !el.matches(':state(submitting)') && !el.matches(':state(success)'),
    message ?? `dialog never reached ${phase}`,
    { timeout: 8000 },
  );
  await el.updateComplete;
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
