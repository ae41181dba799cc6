/** The small checks the validation is made of, exported for the form and for servers that reuse them. */
import { REPORT_LIMITS, REPORT_PATTERNS } from './limits.js';

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

/** True for an e-mail address as the report accepts it (see `REPORT_PATTERNS.email`). */
export function isEmail(value: string): boolean {
  return lengthOf(value) <= REPORT_LIMITS.email && REPORT_PATTERNS.email.test(value);
}

/** True for a phone number with at least five digits (see `REPORT_PATTERNS.phone`). */
export function isPhone(value: string): boolean {
  return REPORT_PATTERNS.phone.test(value);
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
