import { html, type TemplateResult } from 'lit';
import { textProperty } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';
import type { FolioReportDialog } from './report-dialog.js';

/**
 * The e-mail fallback's pieces that both the shell (when its form cannot load)
 * and the form use. They live with the shell, so the form's chunk gets them
 * for free.
 */

/**
 * The address in `email` (a `mailto:` prefix allowed), if `isAddress` accepts
 * it; otherwise a warning naming `email`, and undefined. The shell checks
 * loosely, since the full rule (shared with the server) comes with the form.
 */
export function mailAddress(
  host: FolioReportDialog,
  isAddress = (address: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address),
): string | undefined {
  const value = textProperty(host, 'email', host.email);
  if (!value) return undefined;
  const address = value.replace(/^mailto:/i, '');
  if (isAddress(address)) return address;
  warn(host, 'email', `${quote(value)} is not an e-mail address; the mailto fallback is off.`);
  return undefined;
}

/** A mailto: URL, its `@` left readable. */
export function mailtoUrl(address: string, subject: string, body: string): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A link to `url` that opens it through the dialog's `openMailto` (which a host, or a test, may override). */
export function mailtoLink(host: FolioReportDialog, url: string, label: string): TemplateResult {
  const open = (event: Event) => {
    event.preventDefault();
    host.openMailto(url);
  };
  return html`<a href=${url} @click=${open}>${label}</a>`;
}
