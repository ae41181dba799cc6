import { quote, warn } from '../core/warn.js';

/** The four license elements of Creative Commons, in the order their codes write them (BY-NC-ND, BY-NC-SA …). */
export type CcElement = 'by' | 'nc' | 'nd' | 'sa';

/** A Creative Commons license or the CC0 public-domain dedication, as a notice shows it. */
export interface CreativeCommons {
  kind: 'cc';
  /** The tool in CC's URLs: `by-nc-nd`, `by-sa` …, or `zero` for CC0. */
  tool: string;
  /** `4.0` or `3.0` (`3.0` is the Unported version), `1.0` for CC0. */
  version: '4.0' | '3.0' | '1.0';
}

/** What the `license` attribute asks for. An unknown code is kept, to be shown as written. */
export type License = { kind: 'all-rights-reserved' } | CreativeCommons | { kind: 'unknown'; text: string };

/**
 * Reads the `license` attribute: `all-rights-reserved` (also the default),
 * `cc-by-nc-nd-4.0` and the other five 4.0 and 3.0 licenses, or `cc0-1.0`.
 * Case, spaces and underscores are forgiven, so `CC BY-NC-ND 4.0` (the short
 * code a CMS may store) reads the same. Anything else warns and is kept as text.
 */
export function parseLicense(host: Element, value: string | null | undefined): License {
  const written = value?.trim() ?? '';
  const code = written.toLowerCase().replace(/[\s_]+/g, '-');
  if (code === '' || code === 'all-rights-reserved') return { kind: 'all-rights-reserved' };
  if (code === 'cc0' || code === 'cc0-1.0') return { kind: 'cc', tool: 'zero', version: '1.0' };
  // The six licenses: BY, then NC or not, then SA, ND or neither. `by-nc-nd-4.0` without its `cc-` is unambiguous too.
  const match = /^(?:cc-)?(by(?:-nc)?(?:-sa|-nd)?)-([34]\.0)$/.exec(code);
  if (match) return { kind: 'cc', tool: match[1]!, version: match[2] as '4.0' | '3.0' };
  warn(
    host,
    'license',
    `${quote(written)} is not a license code this notice knows (all-rights-reserved, cc-by-4.0 … cc-by-nc-nd-4.0, their 3.0 versions, cc0-1.0); it is shown as written, without a link.`,
  );
  return { kind: 'unknown', text: written };
}

/** The standard short code: `CC BY-NC-ND 4.0`, `CC0 1.0`. */
export function shortCode(license: CreativeCommons): string {
  return license.tool === 'zero' ? `CC0 ${license.version}` : `CC ${license.tool.toUpperCase()} ${license.version}`;
}
