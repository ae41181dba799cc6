/**
 * The limits and patterns of a report, shared by the form, the endpoint and
 * the JSON Schema (generated from the field table, `fields.ts`). Pure
 * TypeScript: it bundles into the browser.
 */
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../core/email.js';

const MIB = 1024 * 1024;
const MAX_ATTACHMENTS = 3;
const MAX_ATTACHMENT_BYTES = 2 * MIB;

/**
 * Every limit of a report. String limits are maximum lengths in code points;
 * `evidence` and `attachments` are counts; `attachmentBytes` is the size of
 * one file before base64; `bodyBytes` is the most the endpoint reads of a
 * request body (every attachment at its largest, base64-encoded, plus room for
 * the text fields); `bodyDepth` and `bodyValues` bound the work of parsing it
 * (a report nests four levels deep and holds a few hundred values at most).
 */
export const REPORT_LIMITS = {
  reason: 64,
  description: 5000,
  name: 200,
  email: EMAIL_MAX_LENGTH,
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
  /** The file types a claim may attach (each is checked against the file's first bytes). */
  attachmentTypes: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  /** Largest request body the endpoint reads, in bytes. */
  bodyBytes: Math.ceil((MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES * 4) / 3) + 256 * 1024,
  /** Deepest nesting of objects and arrays the endpoint parses. */
  bodyDepth: 8,
  /** Most values the endpoint parses in one body (strings, objects, arrays, and items after a comma). */
  bodyValues: 2048,
} as const;

/**
 * The patterns of the string fields, each written to mean the same as a JSON
 * Schema `pattern` (ECMA-262, Unicode mode, no flags): the schema carries
 * their sources.
 */
export const REPORT_PATTERNS = {
  /** Reason codes are kebab-case identifiers. */
  reason: /^[a-z0-9][a-z0-9-]*$/u,
  /** A BCP 47 language tag, loosely: `en`, `zh-CN`, `zh-Hant-TW`, `ja-JP-u-ca-japanese`. */
  locale: /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u,
  /** Idempotency keys are opaque tokens: UUIDs, ULIDs, base64url. */
  idempotencyKey: /^[A-Za-z0-9._:~-]+$/u,
  /** The library's one e-mail rule (src/core/email.ts), which the notice and the dialog's `email` follow too. */
  email: EMAIL_PATTERN,
  /** A phone number as people type it: at least five digits with + ( ) - . / and spaces, then an optional extension. */
  phone: /^(?=(?:\D*\d){5})\+?[\d\s().\/-]+(?:\s*(?:[Ee]xt\.?|[Xx]|#|转|分机)\s*\d+)?$/u,
  /** An absolute http or https URL (then also checked with `new URL`). */
  httpUrl: /^[Hh][Tt][Tt][Pp][Ss]?:\/\//u,
  /** Standard base64 with padding, no line breaks, no `data:` prefix. (The endpoint checks it with `isBase64`, which means the same in linear time.) */
  base64: /^(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}==|[A-Za-z0-9+\/]{3}=)?$/u,
  /**
   * What no text may contain: NUL, which PostgreSQL cannot store, and lone
   * UTF-16 surrogates, which are not Unicode text (in Unicode mode a class of
   * surrogates matches only unpaired ones). The schema says it with `not`.
   */
  unstorable: /[\u0000\uD800-\uDFFF]/u,
} as const;
