/**
 * Drives the report dialog's form the way a reader does (fields, reasons,
 * statements, the submit button). Shared by the tests and the stories, so it
 * imports nothing from the test libraries.
 */
import type { FolioReportDialog } from '../../src/report-dialog/report-dialog.js';

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
export async function fillValidReport(
  el: FolioReportDialog,
  description = '这篇文章含有违法内容，请核实。',
): Promise<void> {
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
