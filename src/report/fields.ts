/**
 * The report's fields, in one table: each row says where a field lives in the
 * body (`path`, also its key in a 422's `errors`), what it is called (in the
 * reader's language and in the endpoint's English messages), its limit, when
 * it is required and what kind of value it holds. Everything else is derived
 * from the rows, in their order:
 *
 * - the validation (`validate.ts`) and its English messages (`messages.ts`);
 * - the JSON Schema for servers in other languages (`schema.ts`);
 * - the dialog's draft, payload, form, error messages and mailto lines;
 * - the columns of `folio-reports export --format csv`.
 *
 * Adding a field is adding a row (and its label to the locale strings).
 * The order is the order a reviewer reads a report in: what and where first.
 */
import type { StringKey } from '../locales/registry.js';
import { REPORT_LIMITS as L } from './limits.js';

/**
 * What a field holds, which decides how it is checked, described in the
 * schema and typed in the form.
 */
export type FieldKind =
  /** One of the site's reason codes. */
  | 'reason'
  | 'text'
  | 'email'
  /** An absolute http(s) URL. */
  | 'url'
  | 'phone'
  /** A list of http(s) URLs (typed one per line). */
  | 'links'
  /** Files, base64. */
  | 'files'
  /** A statement the claimant must accept: exactly `true`. */
  | 'statement'
  /** A BCP 47 tag. */
  | 'locale'
  /** The idempotency key. */
  | 'key';

export interface ReportFieldSpec {
  readonly path: string;
  /** Its name in the reader's language (a locale string); absent for what the dialog fills in unseen. */
  readonly label?: StringKey;
  /** Its name in the endpoint's English messages ("The description is required."). */
  readonly name: string;
  readonly kind: FieldKind;
  /** Longest value in code points; for `links`, of each link. */
  readonly max?: number;
  /**
   * When a report must carry it: always, never, or when the reason is
   * `copyright`. Fields under `claim` exist only in a copyright report, and
   * `true` there means "in every claim".
   */
  readonly required: boolean | 'copyright';
  /** Filled in by the dialog, not typed by the reader: the page, the locale, the key. */
  readonly filled?: boolean;
  /** The form's hints for a typed field. */
  readonly multiline?: boolean;
  readonly autocomplete?: 'name' | 'email' | 'tel' | 'street-address' | 'off';
  readonly hint?: StringKey;
}

const TABLE = [
  { path: 'reason', label: 'reportReasonLegend', name: 'The reason', kind: 'reason', max: L.reason, required: true },
  {
    path: 'page.url',
    label: 'reportPageUrl',
    name: "The reported page's URL",
    kind: 'url',
    max: L.url,
    required: true,
    filled: true,
  },
  {
    path: 'page.title',
    label: 'reportPageTitle',
    name: "The reported page's title",
    kind: 'text',
    max: L.title,
    required: false,
    filled: true,
  },
  {
    path: 'description',
    label: 'reportDescription',
    name: 'The description',
    kind: 'text',
    max: L.description,
    required: true,
    multiline: true,
  },
  {
    path: 'contact.name',
    label: 'reportContactName',
    name: 'Your name',
    kind: 'text',
    max: L.name,
    required: false,
    autocomplete: 'name',
  },
  {
    path: 'contact.email',
    label: 'reportContactEmail',
    name: 'Your e-mail address',
    kind: 'email',
    max: L.email,
    // The site must be able to answer a claimant.
    required: 'copyright',
    autocomplete: 'email',
  },
  {
    path: 'claim.claimant.name',
    label: 'reportClaimantName',
    name: "The right holder's name",
    kind: 'text',
    max: L.name,
    required: true,
    autocomplete: 'name',
  },
  {
    path: 'claim.claimant.address',
    label: 'reportClaimantAddress',
    name: "The right holder's postal address",
    kind: 'text',
    max: L.address,
    required: true,
    multiline: true,
    autocomplete: 'street-address',
  },
  {
    path: 'claim.claimant.phone',
    label: 'reportClaimantPhone',
    name: "The right holder's phone number",
    kind: 'phone',
    max: L.phone,
    required: true,
    autocomplete: 'tel',
  },
  {
    path: 'claim.work.title',
    label: 'reportWorkTitle',
    name: "The original work's title",
    kind: 'text',
    max: L.title,
    required: true,
  },
  {
    // Optional: a book has no URL.
    path: 'claim.work.url',
    label: 'reportWorkUrl',
    name: "The original work's URL",
    kind: 'url',
    max: L.url,
    required: false,
    autocomplete: 'off',
  },
  {
    // Required as "a link or a file" (validate.ts), so neither field is required alone.
    path: 'claim.evidence',
    label: 'reportEvidence',
    name: 'The evidence',
    kind: 'links',
    max: L.url,
    required: false,
    multiline: true,
    hint: 'reportEvidenceHint',
  },
  { path: 'claim.attachments', label: 'reportAttachments', name: 'The attached files', kind: 'files', required: false },
  {
    path: 'claim.goodFaith',
    label: 'reportGoodFaith',
    name: 'The good-faith statement',
    kind: 'statement',
    required: true,
  },
  {
    path: 'claim.accurate',
    label: 'reportAccurate',
    name: 'The accuracy statement',
    kind: 'statement',
    required: true,
  },
  {
    path: 'claim.authorized',
    label: 'reportAuthorized',
    name: 'The authorization statement',
    kind: 'statement',
    required: true,
  },
  {
    path: 'claim.signature',
    label: 'reportSignature',
    name: 'The signature',
    kind: 'text',
    max: L.signature,
    required: true,
    hint: 'reportSignatureHint',
  },
  { path: 'locale', name: 'The locale', kind: 'locale', max: L.locale, required: true, filled: true },
  {
    path: 'idempotencyKey',
    name: 'The idempotency key',
    kind: 'key',
    max: L.idempotencyKey,
    required: true,
    filled: true,
  },
] as const satisfies readonly ReportFieldSpec[];

/** The path of every field, and so of every field that can carry an error. */
export type ReportField = (typeof TABLE)[number]['path'];

/** The table, in reading order. */
export const REPORT_FIELD_TABLE: readonly (ReportFieldSpec & { readonly path: ReportField })[] = TABLE;

/** Every field's path, in reading order. */
export const REPORT_FIELDS: readonly ReportField[] = TABLE.map((f) => f.path);

/** The row of a path, or undefined. */
export function fieldSpec(path: string): (ReportFieldSpec & { path: ReportField }) | undefined {
  return REPORT_FIELD_TABLE.find((f) => f.path === path);
}

/** True when a field is required in a report with this reason. */
export function isRequired(spec: ReportFieldSpec, reason: string): boolean {
  return spec.required === true || (spec.required === 'copyright' && reason === 'copyright');
}

/** The value at a dotted path, reading own properties of plain objects only; undefined where the path leads nowhere. */
export function valueAt(source: unknown, path: string): unknown {
  let node = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets the value at a dotted path, creating the objects on the way. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}
