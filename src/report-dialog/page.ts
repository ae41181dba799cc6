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
  const here = globalThis.location?.href;
  let url = pageUrl && withoutFragment(pageUrl, here);
  if (pageUrl && !/^https?:/.test(url ?? '')) {
    warn(
      host,
      'page-url',
      `${quote(pageUrl)} is not an http(s) address; the document's own address is reported instead.`,
    );
    url = undefined;
  }
  return {
    url: url || (here && withoutFragment(here)) || '',
    title: pageTitle ?? globalThis.document?.title.trim() ?? '',
  };
}

/**
 * `value` as an absolute URL without its fragment; undefined when it is not a
 * URL, or a relative one with no document to resolve it against. The URL
 * parser drops tabs, newlines and edge spaces as browsers do.
 */
function withoutFragment(value: string, base?: string): string | undefined {
  try {
    const url = new URL(value, base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
