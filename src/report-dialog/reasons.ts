import { REPORT_PATTERNS } from '../report/limits.js';
import { DEFAULT_REASONS } from '../report/types.js';
import type { LocaleController } from '../core/locale-controller.js';
import { quote, warn } from '../core/warn.js';
import { streamSafe } from '../core/text-property.js';

/** One choice of the reason radio group; built-in codes have no label here, the locale names them. */
export interface ReasonOption {
  code: string;
  /** The site's own label, as written in `reasons`; absent for built-in codes without one. */
  label?: string;
}

const BUILTIN = new Set<string>(DEFAULT_REASONS);

export const DEFAULT_REASON_OPTIONS: readonly ReasonOption[] = DEFAULT_REASONS.map((code) => ({ code }));

/**
 * Reads the `reasons` attribute: comma-separated codes, each optionally
 * followed by a colon and its label, e.g.
 * `copyright, illegal, spam:Spam or advertising, other`.
 * Built-in codes (copyright, illegal, misinformation, other) are named in the
 * reader's locale unless a label is given; a site's own code needs a label
 * (else the code itself is shown, with a warning). Invalid and repeated
 * entries are dropped with a warning; if nothing usable is left, the defaults
 * apply. Labels cannot contain commas.
 */
export function parseReasons(host: Element, value: string | null | undefined): readonly ReasonOption[] {
  if (value == null || value.trim() === '') return DEFAULT_REASON_OPTIONS;
  const options: ReasonOption[] = [];
  const problems: string[] = [];
  for (const entry of value.split(',')) {
    const text = entry.trim();
    if (text === '') continue;
    const colon = text.indexOf(':');
    const code = (colon === -1 ? text : text.slice(0, colon)).trim();
    const label = colon === -1 ? '' : streamSafe(text.slice(colon + 1).trim());
    if (!REPORT_PATTERNS.reason.test(code)) {
      problems.push(`${quote(code)} is not a reason code (lower-case letters, digits and hyphens)`);
      continue;
    }
    if (options.some((o) => o.code === code)) {
      problems.push(`${quote(code)} is listed twice`);
      continue;
    }
    if (!label && !BUILTIN.has(code))
      problems.push(`${quote(code)} has no label (write ${code}:Label); the code is shown instead`);
    options.push(label ? { code, label } : BUILTIN.has(code) ? { code } : { code, label: code });
  }
  if (options.length === 0) {
    warn(host, 'reasons', `${quote(value)} lists no usable reason; the default reasons are offered.`);
    return DEFAULT_REASON_OPTIONS;
  }
  if (problems.length > 0) warn(host, 'reasons', `${problems.join('; ')}.`);
  return options;
}

const BUILTIN_LABELS = {
  copyright: 'reportReasonCopyright',
  illegal: 'reportReasonIllegal',
  misinformation: 'reportReasonMisinformation',
  other: 'reportReasonOther',
} as const;

/** What the reader sees for a reason: the site's label, else the built-in name in the reader's language. */
export function reasonLabel(option: ReasonOption, localize: LocaleController): string {
  if (option.label) return option.label;
  const key = BUILTIN_LABELS[option.code as keyof typeof BUILTIN_LABELS];
  return key ? localize.term(key) : option.code;
}
