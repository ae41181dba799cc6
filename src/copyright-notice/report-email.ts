/**
 * The e-mail part of the notice: checking `report-email`, writing the mailto
 * link and the report sentence around it (with its strings). Loaded the first
 * time a notice has a report-email (most notices report through the dialog or
 * not at all); the notice does not render before it is there, so the report
 * line never appears without its link. A server entry hands it over up front
 * (provideEmailPart).
 */
import { html, type TemplateResult } from 'lit';
import type { LocaleController } from '../core/locale-controller.js';
import { safeUrl } from '../core/url.js';
import { quote, warn } from '../core/warn.js';
import '../locales/copyright-notice-email.js';

const LOCAL = /^[^\s@<>()[\]\\,;:"?#&/]+$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

function isEmailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > 254) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return false;
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /^\p{L}{2,}$/u.test(labels.at(-1)!);
}

/**
 * The address in `report-email` (text already trimmed, never empty), or
 * undefined (with a warning naming the attribute) when it is not one: a notice
 * never writes "请发送邮件至 举报" around a broken address. A leading
 * `mailto:` and a full-width ＠ (common in Chinese data) are forgiven.
 */
export function reportAddress(host: Element, value: string): string | undefined {
  const address = value.replace(/^mailto:/i, '').replace(/\uff20/g, '@');
  if (isEmailAddress(address)) return address;
  warn(
    host,
    'report-email',
    `${quote(value)} is not an e-mail address (e.g. report@example.com); no e-mail link is shown.`,
  );
  return undefined;
}

/**
 * The report sentence's template (`{email}`, and `{report}` for the button
 * when the notice also has one) and its mailto link, for fillTemplate; the
 * link names the page so the site knows what is reported. (No document or
 * location when rendered on a server.)
 */
export function reportSentence(
  host: Element,
  localize: LocaleController,
  address: string,
  withButton: boolean,
): [string, TemplateResult] | undefined {
  const title = globalThis.document?.title ?? '';
  const url = globalThis.location?.href;
  const query = [
    title ? `subject=${encodeURIComponent(localize.term('noticeReportSubject', title))}` : '',
    url ? `body=${encodeURIComponent(localize.term('noticeReportBody', url))}` : '',
  ].filter(Boolean);
  const href = safeUrl(host, 'report-email', `mailto:${address}${query.length ? `?${query.join('&')}` : ''}`);
  if (!href) return undefined;
  return [
    localize.term(withButton ? 'noticeReportByBoth' : 'noticeReportByEmail'),
    html`<a part="report-link" href=${href}>${address}</a>`,
  ];
}
