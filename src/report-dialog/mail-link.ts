import { html, type TemplateResult } from 'lit';
import { readEmailAddress } from '../core/email.js';
import { textProperty } from '../core/text-property.js';
import { quote, warn } from '../core/warn.js';
import type { FormHost } from './form-shell.js';

/**
 * The e-mail fallback's pieces that both the shell (when its form cannot load)
 * and the form use. They live with the shell, so the form's chunk gets them
 * for free.
 */

/** The address in `email` (see readEmailAddress); otherwise a warning naming `email`, and undefined. */
export function mailAddress(host: FormHost): string | undefined {
  const value = textProperty(host, 'email', host.email);
  const address = value && readEmailAddress(value);
  if (value && !address) warn(host, 'email', `${quote(value)} is not an e-mail address; the mailto fallback is off.`);
  return address;
}

/** A link to `url` that opens it through the dialog's `openMailto` (which a host, or a test, may override). */
export function mailtoLink(host: FormHost, url: string, label: string): TemplateResult {
  const open = (event: Event) => {
    event.preventDefault();
    host.openMailto(url);
  };
  return html`<a href=${url} @click=${open}>${label}</a>`;
}
