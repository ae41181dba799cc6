import { fixture, html, waitUntil } from '@open-wc/testing';
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
export async function dialogFixture(options: DialogOptions = {}): Promise<{ el: FolioReportDialog; opener: HTMLButtonElement; pageUrl: string }> {
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

export const $ = <T extends Element = HTMLElement>(el: FolioReportDialog, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

export function field(el: FolioReportDialog, path: string): HTMLInputElement | HTMLTextAreaElement {
  const found = el.shadowRoot!.getElementById(`field-${path.replace(/\./g, '-')}`);
  if (!found) throw new Error(`no field ${path}`);
  return found as HTMLInputElement;
}

/** Types into a field the way the input event reports it. */
export async function fill(el: FolioReportDialog, path: string, value: string): Promise<void> {
  const input = field(el, path);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function check(el: FolioReportDialog, path: string, checked = true): Promise<void> {
  const input = field(el, path) as HTMLInputElement;
  if (input.checked !== checked) input.click();
  await el.updateComplete;
}

export async function chooseReason(el: FolioReportDialog, code: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `input[name=reason][value="${code}"]`);
  if (!radio) throw new Error(`no reason ${code}`);
  radio.click();
  await el.updateComplete;
}

/** A valid non-copyright report. */
export async function fillValidReport(el: FolioReportDialog, description = '这篇文章含有违法内容，请核实。'): Promise<void> {
  await chooseReason(el, 'illegal');
  await fill(el, 'description', description);
  await fill(el, 'contact.name', '王小明');
  await fill(el, 'contact.email', 'reader@example.com');
}

/** A valid copyright claim. */
export async function fillValidClaim(el: FolioReportDialog): Promise<void> {
  await chooseReason(el, 'copyright');
  await fill(el, 'description', '本文抄袭了我发表的文章。');
  await fill(el, 'contact.email', 'owner@example.com');
  await fill(el, 'claim.claimant.name', '李华');
  await fill(el, 'claim.claimant.address', '青海省西宁市城中区某路 1 号');
  await fill(el, 'claim.claimant.phone', '+86 971 1234567');
  await fill(el, 'claim.work.title', '教育高质量发展的实践');
  await fill(el, 'claim.work.url', 'https://blog.example.com/original');
  await fill(el, 'claim.evidence', 'https://blog.example.com/original\nhttps://register.example.com/123');
  await check(el, 'claim.goodFaith');
  await check(el, 'claim.accurate');
  await check(el, 'claim.authorized');
  await fill(el, 'claim.signature', '李华');
}

export function submitButton(el: FolioReportDialog): HTMLButtonElement {
  return $<HTMLButtonElement>(el, 'button[type=submit]')!;
}

export function storedDraft(pageUrl: string): Record<string, unknown> | undefined {
  const text = sessionStorage.getItem(draftKey(pageUrl));
  return text ? JSON.parse(text) : undefined;
}

export async function waitForPhase(el: FolioReportDialog, phase: 'success' | 'form', message?: string): Promise<void> {
  await el.updateComplete; // a click sets the phase at once, its :state() with the update
  await waitUntil(
    () => (phase === 'success' ? el.matches(':state(success)') : !el.matches(':state(submitting)') && !el.matches(':state(success)')),
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
