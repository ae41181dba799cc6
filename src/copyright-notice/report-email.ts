/**
 * The e-mail part of the notice: the report sentence around the mailto link,
 * with its strings. Loaded the first time a notice has a report-email (most
 * notices report through the dialog or not at all); the notice does not
 * render before it is there, so the report line never appears without its
 * link. src/ssr loads it up front. (The address is checked by core/email.ts.)
 */
import { html, type TemplateResult } from 'lit';
import { mailtoUrl } from '../core/email.js';
import type { LocaleController } from '../core/locale-controller.js';
import '../locales/copyright-notice-email.js';

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
