import { quote, warn } from './warn.js';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// Browsers strip ASCII tab and newline anywhere in a URL and C0 controls and
// spaces at its ends, so "java\tscript:" is a javascript: URL. Do the same
// before judging the scheme.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

export type UrlVerdict = { safe: true; url: string } | { safe: false; reason: string };

/**
 * Judges a URL from data: http(s), mailto, relative and fragment URLs pass;
 * everything else (javascript:, data:, vbscript:, unknown schemes, URLs that do
 * not parse) is refused with a reason.
 */
export function checkUrl(
  value: string,
  base: string = globalThis.document?.baseURI ?? 'http://localhost/',
): UrlVerdict {
  const url = value.replace(TAB_OR_NEWLINE, '').replace(EDGE_CONTROLS, '');
  if (url === '') return { safe: false, reason: 'is empty' };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(`${scheme}:`)) {
    return { safe: false, reason: `uses the ${scheme}: scheme, which never becomes a link` };
  }
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return { safe: false, reason: 'is not a valid URL' };
  }
  if (!SAFE_SCHEMES.has(parsed.protocol)) {
    return { safe: false, reason: `resolves to the ${parsed.protocol} scheme, which never becomes a link` };
  }
  if (parsed.protocol === 'mailto:' && parsed.pathname.trim() === '') {
    return { safe: false, reason: 'is a mailto: URL without an address' };
  }
  return { safe: true, url };
}

/**
 * The URL to put in an href, or undefined (with a warning naming the
 * attribute) when the value must not become a link. Empty and missing values
 * are simply absent and do not warn.
 */
export function safeUrl(host: Element, attribute: string, value: string | null | undefined): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  // Resolve against the element's own document: under <base> or in a srcdoc frame that is not location.
  const verdict = checkUrl(value, host.ownerDocument.baseURI);
  if (verdict.safe) return verdict.url;
  warn(host, attribute, `${quote(value)} ${verdict.reason}; it was dropped.`);
  return undefined;
}
