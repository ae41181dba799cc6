/** The small checks the validation is made of, exported for the form and for servers that reuse them. */
import { REPORT_PATTERNS } from './limits.js';

/** Length in code points, as JSON Schema counts. */
export function lengthOf(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/** True for an absolute http: or https: URL with a host. */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    REPORT_PATTERNS.httpUrl.test(value) &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname !== ''
  );
}

/** True for an e-mail address as the report accepts it: the library's one rule, src/core/email.ts. */
export { isEmailAddress as isEmail } from '../core/email.js';

/** True for a phone number with at least five digits (see `REPORT_PATTERNS.phone`). */
export function isPhone(value: string): boolean {
  return REPORT_PATTERNS.phone.test(value);
}

/** False for text with NUL or a lone surrogate, which no store can keep as it is. */
export function isStorableText(value: string): boolean {
  return !REPORT_PATTERNS.unstorable.test(value);
}

/**
 * The same verdict as `REPORT_PATTERNS.base64`, in linear time and constant
 * stack: the pattern's repeated group overflows V8's regexp stack on a few
 * million characters.
 */
export function isBase64(data: string): boolean {
  return data.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(data);
}

/** The size in bytes of what a base64 string decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

const UNRESERVED = /%(2[DdEe]|3[0-9]|[46][1-9A-Fa-f]|[57][0-9Aa]|5[Ff]|7[Ee])/g;

/**
 * The page URL as reports about one page all carry it, whoever typed it how:
 * parsed the WHATWG way (scheme and host lower-cased, default port and
 * fragment dropped), an empty `?` dropped, percent-escapes of unreserved
 * characters decoded and the others upper-cased (RFC 3986, 6.2.2). Rate
 * limits count the normalized URL, and stores keep it. `value` must be an
 * http(s) URL (`isHttpUrl`).
 */
export function normalizePageUrl(value: string): string {
  const url = new URL(value);
  url.hash = '';
  const decode = (part: string) =>
    part
      .replace(UNRESERVED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  url.pathname = decode(url.pathname);
  // An empty query ("page?") is no query: setting '' drops the "?".
  url.search = url.search && decode(url.search);
  return url.href;
}
