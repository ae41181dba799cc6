import { quote, warn } from '../core/warn.js';

/** The reported page, as shown in the dialog and sent in the report. */
export interface ReportedPage {
  url: string;
  title: string;
}

/**
 * The page being reported: `page-url` and `page-title` when given, else the
 * document's address (without its fragment) and title. A `page-url` that is
 * not an absolute http(s) address is refused with a warning. Both come as
 * `textProperty` reads them: trimmed text, or undefined.
 */
export function reportedPage(host: Element, pageUrl: string | undefined, pageTitle: string | undefined): ReportedPage {
  // Server-side rendering has no location or document: the browser fills the page in on upgrade.
  const href = globalThis.location?.href;
  const here = href ? new URL(href) : undefined;
  if (here) here.hash = '';
  return {
    url: validPageUrl(host, pageUrl) ?? here?.href ?? '',
    title: pageTitle ?? globalThis.document?.title.trim() ?? '',
  };
}

function validPageUrl(host: Element, value: string | undefined): string | undefined {
  if (!value) return undefined;
  let absolute: URL | undefined;
  try {
    // The URL parser drops tabs, newlines and edge spaces as browsers do; the scheme check comes after.
    absolute = new URL(value, globalThis.location?.href);
  } catch {
    absolute = undefined; // not a URL, or a relative one with no document to resolve it against
  }
  if (absolute?.protocol !== 'http:' && absolute?.protocol !== 'https:') {
    warn(host, 'page-url', `${quote(value)} is not an http(s) address; the document's own address is reported instead.`);
    return undefined;
  }
  absolute.hash = '';
  return absolute.href;
}
