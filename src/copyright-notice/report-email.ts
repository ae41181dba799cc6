import { quote, warn } from '../core/warn.js';

const LOCAL = /^[^\s@<>()[\]\\,;:"?#&/]+$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

function isEmailAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > 254) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /^\p{L}{2,}$/u.test(labels.at(-1)!);
}

/**
 * The address in `report-email`, or undefined (with a warning naming the
 * attribute) when it is not one: a notice never writes "请发送邮件至 举报"
 * around an empty or broken address. A leading `mailto:` and a full-width ＠
 * (common in Chinese data) are forgiven.
 */
export function reportAddress(host: Element, value: string | null | undefined): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const address = value.trim().replace(/^mailto:/i, '').replace(/\uff20/g, '@');
  if (isEmailAddress(address)) return address;
  warn(host, 'report-email', `${quote(value)} is not an e-mail address (e.g. report@example.com); no e-mail link is shown.`);
  return undefined;
}
