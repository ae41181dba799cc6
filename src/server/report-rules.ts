/**
 * The rules a report must meet, shared by the form (`<folio-report-dialog>`,
 * in the browser) and the reference endpoint (`createReportHandler`, on the
 * server), so that the reader and the server never disagree about what is
 * valid. Pure TypeScript: no Node and no DOM APIs beyond `URL`, so it bundles
 * into the browser. `report.schema.json` describes the same body for servers
 * in other languages; a Node test keeps the two in step.
 *
 * What is required:
 * - always: `reason` (one of the site's reasons), `description`, `page.url`
 *   (http or https), `locale` (a BCP 47 tag) and `idempotencyKey`;
 * - optional: `contact.name`, `contact.email` (validated when present),
 *   `page.title`;
 * - when `reason` is `copyright`, a `claim` with what a notice-and-takedown
 *   needs under DMCA §512(c)(3) and 《信息网络传播权保护条例》 art. 14: the
 *   claimant's name, postal address and phone; the original work's title (its
 *   URL is optional: a book has none); evidence of the right, as at least one
 *   link in `evidence` or one file in `attachments`; the three statements
 *   (`goodFaith`, `accurate`, `authorized`), each exactly `true`; and the
 *   signature (the signer's full name). `contact.email` is then required too,
 *   since the site must be able to answer the claimant.
 * - for any other reason `claim` is ignored (a reader who switched reasons
 *   may still carry one in the draft) and left out of the accepted report.
 *
 * Lengths count Unicode code points, as JSON Schema's `maxLength` does. An
 * HTML `maxlength` counts UTF-16 code units, never fewer, so a form held to
 * `maxlength` always passes here. Strings are trimmed before they are judged
 * and stored.
 */

/** The built-in reasons a reader can choose; a site may pass its own list. */
export const DEFAULT_REASONS = ['copyright', 'illegal', 'misinformation', 'other'] as const;
export type DefaultReason = (typeof DEFAULT_REASONS)[number];

const MIB = 1024 * 1024;
const MAX_ATTACHMENTS = 3;
const MAX_ATTACHMENT_BYTES = 2 * MIB;

/**
 * Every limit of a report. String limits are maximum lengths in code points;
 * `evidence` and `attachments` are counts; `attachmentBytes` is the size of
 * one file before base64; `bodyBytes` is the most the endpoint reads of a
 * request body (every attachment at its largest, base64-encoded, plus room for
 * the text fields).
 */
export const REPORT_LIMITS = {
  reason: 64,
  description: 5000,
  name: 200,
  email: 254,
  address: 500,
  phone: 40,
  title: 500,
  url: 2048,
  signature: 200,
  locale: 35,
  /** Shortest and longest idempotency key (a UUID is 36). */
  idempotencyKeyMin: 8,
  idempotencyKey: 128,
  /** How many evidence links a claim may list. */
  evidence: 20,
  /** How many files a claim may attach. */
  attachments: MAX_ATTACHMENTS,
  /** Longest file name of an attachment. */
  attachmentName: 255,
  /** Largest attachment, in bytes before base64. */
  attachmentBytes: MAX_ATTACHMENT_BYTES,
  /** The file types a claim may attach. */
  attachmentTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  /** Largest request body the endpoint reads, in bytes. */
  bodyBytes: Math.ceil((MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES * 4) / 3) + 256 * 1024,
} as const;

/** One file attached to a copyright claim; `data` is base64 (no `data:` prefix). */
export interface ReportAttachment {
  name: string;
  type: string;
  data: string;
}

/** What a copyright claim must carry (see the module comment). */
export interface CopyrightClaim {
  claimant: { name: string; address: string; phone: string };
  work: { title: string; url: string };
  /** Links (http/https) that show the right: the original publication, a registration… */
  evidence: string[];
  attachments?: ReportAttachment[];
  goodFaith: true;
  accurate: true;
  authorized: true;
  /** The signer's full name, typed as an electronic signature. */
  signature: string;
}

/** The JSON body a report is POSTed with (DESIGN.md, "Report submission protocol"). */
export interface ReportPayload {
  /** One of `DEFAULT_REASONS` or a site's own code. */
  reason: DefaultReason | (string & {});
  description: string;
  /** Optional fields are empty strings in an accepted report. */
  contact: { name: string; email: string };
  page: { url: string; title: string };
  /** Present exactly when `reason` is `copyright`. */
  claim?: CopyrightClaim;
  /** The reader's locale, e.g. `zh-CN`. */
  locale: string;
  /** The same value as the request's `Idempotency-Key` header. */
  idempotencyKey: string;
}

/** Why a field was refused; `messageFor` turns one into English. */
export type ReportErrorCode =
  | 'required'
  | 'too-long'
  | 'invalid-email'
  | 'invalid-url'
  | 'invalid'
  | 'must-accept'
  | 'too-large'
  | 'unsupported-type'
  | 'too-many';

/** The path of every field that can carry an error. */
export const REPORT_FIELDS = [
  'reason',
  'description',
  'contact.name',
  'contact.email',
  'page.url',
  'page.title',
  'claim.claimant.name',
  'claim.claimant.address',
  'claim.claimant.phone',
  'claim.work.title',
  'claim.work.url',
  'claim.evidence',
  'claim.attachments',
  'claim.goodFaith',
  'claim.accurate',
  'claim.authorized',
  'claim.signature',
  'locale',
  'idempotencyKey',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export type ReportErrors = Partial<Record<ReportField, ReportErrorCode>>;

export type ReportValidation =
  { ok: true; report: ReportPayload } | { ok: false; errors: Record<string, ReportErrorCode> };

export interface ValidateReportOptions {
  /** The reasons this site accepts; defaults to `DEFAULT_REASONS`. */
  reasons?: readonly string[];
}

/**
 * The patterns of the string fields. `report.schema.json` carries the same
 * sources (a test compares them), so each is written to mean the same as a
 * JSON Schema `pattern` (ECMA-262, Unicode mode, no flags).
 */
export const REPORT_PATTERNS = {
  /** Reason codes are kebab-case identifiers. */
  reason: /^[a-z0-9][a-z0-9-]*$/u,
  /** A BCP 47 language tag, loosely: `en`, `zh-CN`, `zh-Hant-TW`, `ja-JP-u-ca-japanese`. */
  locale: /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u,
  /** Idempotency keys are opaque tokens: UUIDs, ULIDs, base64url. */
  idempotencyKey: /^[A-Za-z0-9._:~-]+$/u,
  /**
   * An address with a local part, an @ and a domain with at least one dot. It
   * allows internationalized domains and local parts (用户@例子.中国); the
   * characters it refuses cannot appear unquoted in an address.
   */
  email: /^[^\s@<>()[\],;:"\\]+@(?:[^\s@<>()[\],;:"\\.]+\.)+[^\s@<>()[\],;:"\\.]{2,}$/u,
  /** A phone number as people type it: at least five digits with + ( ) - . / and spaces, then an optional extension. */
  phone: /^(?=(?:\D*\d){5})\+?[\d\s().\/-]+(?:\s*(?:[Ee]xt\.?|[Xx]|#|转|分机)\s*\d+)?$/u,
  /** An absolute http or https URL (then also checked with `new URL`). */
  httpUrl: /^[Hh][Tt][Tt][Pp][Ss]?:\/\//u,
  /** Standard base64 with padding, no line breaks, no `data:` prefix. */
  base64: /^(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}==|[A-Za-z0-9+\/]{3}=)?$/u,
} as const;

const {
  reason: REASON,
  locale: LOCALE,
  idempotencyKey: IDEMPOTENCY_KEY,
  email: EMAIL,
  phone: PHONE,
  base64: BASE64,
} = REPORT_PATTERNS;

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

/** True for an e-mail address as the report accepts it (see `EMAIL`). */
export function isEmail(value: string): boolean {
  return lengthOf(value) <= REPORT_LIMITS.email && EMAIL.test(value);
}

/** True for a phone number with at least five digits (see `REPORT_PATTERNS.phone`). */
export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** The size in bytes of what a base64 string decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown): Json {
  return isObject(value) ? value : {};
}

/**
 * Collects the first error of each field while reading a body, and returns
 * the trimmed value of each string it reads.
 */
class FieldReader {
  readonly errors: Record<string, ReportErrorCode> = {};

  fail(field: ReportField, code: ReportErrorCode): void {
    this.errors[field] ??= code;
  }

  /**
   * A string field: `required` when empty, `invalid` when not a string,
   * `too-long` past `max`; then `check` (given a non-empty value) may refuse it.
   */
  text(
    field: ReportField,
    value: unknown,
    max: number,
    { required = false, check }: { required?: boolean; check?: (v: string) => ReportErrorCode | undefined } = {},
  ): string {
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'required');
      return '';
    }
    if (typeof value !== 'string') {
      this.fail(field, 'invalid');
      return '';
    }
    const text = value.trim();
    if (text === '') {
      if (required) this.fail(field, 'required');
      return '';
    }
    if (lengthOf(text) > max) {
      this.fail(field, 'too-long');
      return text;
    }
    const problem = check?.(text);
    if (problem) this.fail(field, problem);
    return text;
  }

  url(field: ReportField, value: unknown, required: boolean): string {
    return this.text(field, value, REPORT_LIMITS.url, {
      required,
      check: (v) => (isHttpUrl(v) ? undefined : 'invalid-url'),
    });
  }

  accepted(field: ReportField, value: unknown): true {
    if (value !== true) this.fail(field, 'must-accept');
    return true;
  }
}

function readEvidence(fields: FieldReader, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fields.fail('claim.evidence', 'invalid');
    return [];
  }
  // Blank rows are what an empty "add another link" input sends: not an error.
  const links = value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
  if (links.length > REPORT_LIMITS.evidence) fields.fail('claim.evidence', 'too-many');
  for (const link of links) {
    if (typeof link !== 'string') fields.fail('claim.evidence', 'invalid');
    else if (lengthOf(link) > REPORT_LIMITS.url) fields.fail('claim.evidence', 'too-long');
    else if (!isHttpUrl(link)) fields.fail('claim.evidence', 'invalid-url');
  }
  return links.filter((v): v is string => typeof v === 'string');
}

function readAttachments(fields: FieldReader, value: unknown): ReportAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fields.fail('claim.attachments', 'invalid');
    return [];
  }
  if (value.length > REPORT_LIMITS.attachments) fields.fail('claim.attachments', 'too-many');
  const files: ReportAttachment[] = [];
  const types: readonly string[] = REPORT_LIMITS.attachmentTypes;
  for (const item of value) {
    const { name, type, data } = objectAt(item);
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      lengthOf(name) > REPORT_LIMITS.attachmentName ||
      typeof type !== 'string' ||
      typeof data !== 'string'
    ) {
      fields.fail('claim.attachments', 'invalid');
      continue;
    }
    if (!types.includes(type)) fields.fail('claim.attachments', 'unsupported-type');
    else if (!BASE64.test(data) || data === '') fields.fail('claim.attachments', 'invalid');
    else if (base64Bytes(data) > REPORT_LIMITS.attachmentBytes) fields.fail('claim.attachments', 'too-large');
    files.push({ name: name.trim(), type, data });
  }
  return files;
}

function readClaim(fields: FieldReader, value: unknown): CopyrightClaim {
  const claim = objectAt(value);
  const claimant = objectAt(claim.claimant);
  const work = objectAt(claim.work);
  const { name: L_NAME, address: L_ADDRESS, phone: L_PHONE, title: L_TITLE, signature: L_SIGNATURE } = REPORT_LIMITS;
  const result: CopyrightClaim = {
    claimant: {
      name: fields.text('claim.claimant.name', claimant.name, L_NAME, { required: true }),
      address: fields.text('claim.claimant.address', claimant.address, L_ADDRESS, { required: true }),
      phone: fields.text('claim.claimant.phone', claimant.phone, L_PHONE, {
        required: true,
        check: (v) => (isPhone(v) ? undefined : 'invalid'),
      }),
    },
    work: {
      title: fields.text('claim.work.title', work.title, L_TITLE, { required: true }),
      url: fields.url('claim.work.url', work.url, false),
    },
    evidence: readEvidence(fields, claim.evidence),
    goodFaith: fields.accepted('claim.goodFaith', claim.goodFaith),
    accurate: fields.accepted('claim.accurate', claim.accurate),
    authorized: fields.accepted('claim.authorized', claim.authorized),
    signature: fields.text('claim.signature', claim.signature, L_SIGNATURE, { required: true }),
  };
  const attachments = readAttachments(fields, claim.attachments);
  if (attachments.length > 0) result.attachments = attachments;
  if (result.evidence.length === 0 && attachments.length === 0 && !fields.errors['claim.attachments']) {
    fields.fail('claim.evidence', 'required');
  }
  return result;
}

/**
 * Checks a report body (anything `JSON.parse` returned) against the rules
 * above. On success, `report` is the body normalized: strings trimmed,
 * optional strings present as `''`, blank evidence rows dropped, unknown
 * fields left out, `claim` only for copyright reports. On failure, `errors`
 * maps each refused field's path (`REPORT_FIELDS`) to its first problem.
 */
export function validateReport(body: unknown, options: ValidateReportOptions = {}): ReportValidation {
  const reasons = options.reasons ?? DEFAULT_REASONS;
  const input = objectAt(body);
  const contact = objectAt(input.contact);
  const page = objectAt(input.page);
  const fields = new FieldReader();
  const { name: L_NAME, email: L_EMAIL, title: L_TITLE } = REPORT_LIMITS;

  const reason = fields.text('reason', input.reason, REPORT_LIMITS.reason, {
    required: true,
    check: (v) => (REASON.test(v) && reasons.includes(v) ? undefined : 'invalid'),
  });
  const report: ReportPayload = {
    reason,
    description: fields.text('description', input.description, REPORT_LIMITS.description, { required: true }),
    contact: {
      name: fields.text('contact.name', contact.name, L_NAME),
      email: fields.text('contact.email', contact.email, L_EMAIL, {
        required: reason === 'copyright',
        check: (v) => (isEmail(v) ? undefined : 'invalid-email'),
      }),
    },
    page: {
      url: fields.url('page.url', page.url, true),
      title: fields.text('page.title', page.title, L_TITLE),
    },
    locale: fields.text('locale', input.locale, REPORT_LIMITS.locale, {
      required: true,
      check: (v) => (LOCALE.test(v) ? undefined : 'invalid'),
    }),
    idempotencyKey: fields.text('idempotencyKey', input.idempotencyKey, REPORT_LIMITS.idempotencyKey, {
      required: true,
      check: (v) => (IDEMPOTENCY_KEY.test(v) && v.length >= REPORT_LIMITS.idempotencyKeyMin ? undefined : 'invalid'),
    }),
  };
  if (reason === 'copyright') report.claim = readClaim(fields, input.claim);

  return Object.keys(fields.errors).length > 0 ? { ok: false, errors: fields.errors } : { ok: true, report };
}

/** English names of the fields, for `messageFor`. */
const FIELD_LABELS: Record<ReportField, string> = {
  reason: 'The reason',
  description: 'The description',
  'contact.name': 'Your name',
  'contact.email': 'Your e-mail address',
  'page.url': "The reported page's URL",
  'page.title': "The reported page's title",
  'claim.claimant.name': "The right holder's name",
  'claim.claimant.address': "The right holder's postal address",
  'claim.claimant.phone': "The right holder's phone number",
  'claim.work.title': "The original work's title",
  'claim.work.url': "The original work's URL",
  'claim.evidence': 'The evidence',
  'claim.attachments': 'The attached files',
  'claim.goodFaith': 'The good-faith statement',
  'claim.accurate': 'The accuracy statement',
  'claim.authorized': 'The authorization statement',
  'claim.signature': 'The signature',
  locale: 'The locale',
  idempotencyKey: 'The idempotency key',
};

/**
 * An English sentence for one error, as the endpoint's 422 body carries it
 * (`{ "errors": { "contact.email": "Your e-mail address is not a valid e-mail address." } }`).
 * The dialog shows its own localized text and uses these only as a fallback.
 */
export function messageFor(code: ReportErrorCode, field: string): string {
  const label = FIELD_LABELS[field as ReportField] ?? `The field ${field}`;
  const L = REPORT_LIMITS;
  const max: Partial<Record<string, number>> = {
    reason: L.reason,
    description: L.description,
    'contact.name': L.name,
    'contact.email': L.email,
    'page.url': L.url,
    'page.title': L.title,
    'claim.claimant.name': L.name,
    'claim.claimant.address': L.address,
    'claim.claimant.phone': L.phone,
    'claim.work.title': L.title,
    'claim.work.url': L.url,
    'claim.evidence': L.url,
    'claim.signature': L.signature,
    locale: L.locale,
    idempotencyKey: L.idempotencyKey,
  };
  switch (code) {
    case 'required':
      return field === 'claim.evidence'
        ? 'Give at least one link or attach a file that shows the right.'
        : `${label} is required.`;
    case 'too-long':
      return `${label} is too long (at most ${max[field] ?? 'the allowed number of'} characters).`;
    case 'invalid-email':
      return `${label} is not a valid e-mail address.`;
    case 'invalid-url':
      return `${label} must be a full http:// or https:// address.`;
    case 'must-accept':
      return `${label} must be accepted.`;
    case 'too-large':
      return `${label} must each be at most ${Math.round(L.attachmentBytes / 1024 / 1024)} MB.`;
    case 'unsupported-type':
      return `${label} must be PDF, PNG, JPEG or WebP files.`;
    case 'too-many':
      return field === 'claim.attachments'
        ? `${label} may be at most ${L.attachments} files.`
        : `${label} may list at most ${L.evidence} links.`;
    case 'invalid':
    default:
      return `${label} is not valid.`;
  }
}
