/**
 * The e-mail part of the notice: checking `report-email`, writing the mailto
 * link and the report sentence around it (with its strings). Loaded the first
 * time a notice has a report-email (most notices report through the dialog or
 * not at all); the notice does not render before it is there, so the report
 * line never appears without its link. A server entry hands it over up front
 * (provideEmailPart).
 */
import { html, type TemplateResult } from 'lit';
import { mailtoUrl, readEmailAddress } from '../core/email.js';
import type { LocaleController } from '../core/locale-controller.js';
import { quote, warn } from '../core/warn.js';
import '../locales/copyright-notice-email.js';

/**
 * The address in `report-email` (text already trimmed, never empty), or
 * undefined (with a warning naming the attribute) when it is not one: a notice
 * never writes "请发送邮件至 举报" around a broken address.
 */
export function reportAddress(host: Element, value: string): string | undefined {
  const address = readEmailAddress(value);
  if (!address)
    warn(
      host,
      'report-email',
      `${quote(value)} is not an e-mail address (e.g. report@example.com); no e-mail link is shown.`,
    );
  return address;
}

/**
 * The report sentence's template (`{email}`, and `{report}` for the button
 * when the notice also has one) and its mailto link, for fillTemplate; the
 * link names the page so the site knows what is reported. (No document or
 * location when rendered on a server.)
 */
export function reportSentence(
  localize: LocaleController,
  address: string,
  withButton: boolean,
): [string, TemplateResult] {
  const title = globalThis.document?.title ?? '';
  const url = globalThis.location?.href;
  const href = mailtoUrl(address, {
    subject: title && localize.term('noticeReportSubject', title),
    body: url && localize.term('noticeReportBody', url),
  });
  return [
    localize.term(withButton ? 'noticeReportByBoth' : 'noticeReportByEmail'),
    html`<a part="report-link" href=${href}>${address}</a>`,
  ];
}
