/**
 * `validateReport`: the rules a report must meet, shared by the form (in the
 * browser) and the endpoint (on the server), so that the reader and the
 * server never disagree about what is valid. It walks the field table
 * (`fields.ts`): each row's kind says how its value is checked, its `max`
 * and `required` the rest. Two rules span rows:
 *
 * - `claim` is read only when `reason` is `copyright`; for any other reason it
 *   is ignored (a reader who switched reasons may still carry one in the
 *   draft) and left out of the accepted report;
 * - a claim shows the right with at least one evidence link or one file.
 *
 * Lengths count Unicode code points, as JSON Schema's `maxLength` does (an
 * HTML `maxlength` counts UTF-16 code units, never fewer). Strings are trimmed
 * before they are judged and stored. No text may hold NUL or a lone surrogate
 * (`invalid-characters`): the file store could keep them, PostgreSQL could
 * not, and both must accept the same reports.
 */
import { firstBytes, hasSignatureOf, safeFileName } from './attachments.js';
import {
  base64Bytes,
  isBase64,
  isEmail,
  isHttpUrl,
  isPhone,
  isStorableText,
  lengthOf,
  normalizePageUrl,
} from './checks.js';
import { REPORT_FIELD_TABLE, isRequired, setAt, valueAt, type ReportField, type ReportFieldSpec } from './fields.js';
import { REPORT_LIMITS, REPORT_PATTERNS } from './limits.js';
import { DEFAULT_REASONS, type ReportAttachment, type ReportErrorCode, type ReportPayload } from './types.js';

export type ReportErrors = Partial<Record<ReportField, ReportErrorCode>>;

export type ReportValidation =
  { ok: true; report: ReportPayload } | { ok: false; errors: Record<string, ReportErrorCode> };

export interface ValidateReportOptions {
  /** The reasons this site accepts; defaults to `DEFAULT_REASONS`. */
  reasons?: readonly string[];
}

type Check = (value: string) => ReportErrorCode | undefined;

/**
 * Checks a report body (anything `JSON.parse` returned) against the rules
 * above. On success, `report` is the body normalized: strings trimmed, the
 * page URL normalized (`normalizePageUrl`), optional strings present as `''`,
 * blank evidence rows dropped, attachment names reduced to safe base names
 * (`safeFileName`), unknown fields left out, `claim` only for copyright
 * reports. An attachment's declared type must be what its first bytes say. On failure, `errors` maps each refused
 * field's path (`REPORT_FIELDS`) to its first problem.
 */
export function validateReport(body: unknown, options: ValidateReportOptions = {}): ReportValidation {
  const reasons = options.reasons ?? DEFAULT_REASONS;
  const errors: Record<string, ReportErrorCode> = {};
  const fail = (field: string, code: ReportErrorCode) => void (errors[field] ??= code);
  const report: Record<string, unknown> = {};
  let reason = '';

  for (const spec of REPORT_FIELD_TABLE) {
    if (spec.path.startsWith('claim.') && reason !== 'copyright') continue;
    const value = valueAt(body, spec.path);
    const read = (check?: Check) => readText(spec, value, isRequired(spec, reason), fail, check);
    let result: unknown;
    switch (spec.kind) {
      case 'reason':
        result = reason = read((v) => (REPORT_PATTERNS.reason.test(v) && reasons.includes(v) ? undefined : 'invalid'));
        break;
      case 'email':
        result = read((v) => (isEmail(v) ? undefined : 'invalid-email'));
        break;
      case 'url':
        result = read((v) => (isHttpUrl(v) ? undefined : 'invalid-url'));
        // One page, one URL: stores keep it, and rate limits count it, normalized.
        if (spec.path === 'page.url' && result && !errors[spec.path]) result = normalizePageUrl(result as string);
        break;
      case 'phone':
        result = read((v) => (isPhone(v) ? undefined : 'invalid'));
        break;
      case 'locale':
        result = read((v) => (REPORT_PATTERNS.locale.test(v) ? undefined : 'invalid'));
        break;
      case 'key':
        result = read((v) =>
          REPORT_PATTERNS.idempotencyKey.test(v) && v.length >= REPORT_LIMITS.idempotencyKeyMin ? undefined : 'invalid',
        );
        break;
      case 'links':
        result = readLinks(spec, value, fail);
        break;
      case 'files':
        result = readFiles(spec, value, fail);
        // No files: the key is left out, as the dialog leaves it out.
        if ((result as ReportAttachment[]).length === 0) continue;
        break;
      case 'statement':
        if (value !== true) fail(spec.path, 'must-accept');
        result = true;
        break;
      default:
        result = read();
    }
    setAt(report, spec.path, result);
  }

  if (reason === 'copyright') {
    const claim = report.claim as { evidence: string[]; attachments?: unknown[] };
    if (claim.evidence.length === 0 && !claim.attachments && !errors['claim.attachments']) {
      fail('claim.evidence', 'required');
    }
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, report: report as unknown as ReportPayload };
}

/**
 * A string field, trimmed: `required` when empty, `invalid` when not a
 * string, `too-long` past `max`, `invalid-characters` for NUL or a lone
 * surrogate; then `check` (given a non-empty value) may refuse it.
 */
function readText(
  spec: ReportFieldSpec,
  value: unknown,
  required: boolean,
  fail: (field: string, code: ReportErrorCode) => void,
  check?: Check,
): string {
  if (value === undefined || value === null) {
    if (required) fail(spec.path, 'required');
    return '';
  }
  if (typeof value !== 'string') {
    fail(spec.path, 'invalid');
    return '';
  }
  const text = value.trim();
  if (text === '') {
    if (required) fail(spec.path, 'required');
    return '';
  }
  const problem =
    spec.max !== undefined && lengthOf(text) > spec.max
      ? 'too-long'
      : !isStorableText(text)
        ? 'invalid-characters'
        : check?.(text);
  if (problem) fail(spec.path, problem);
  return text;
}

function readLinks(spec: ReportFieldSpec, value: unknown, fail: (field: string, code: ReportErrorCode) => void) {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(spec.path, 'invalid');
    return [];
  }
  // Blank rows are what an empty "add another link" input sends: not an error.
  const links = value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
  if (links.length > REPORT_LIMITS.evidence) fail(spec.path, 'too-many');
  for (const link of links) {
    if (typeof link !== 'string') fail(spec.path, 'invalid');
    else if (lengthOf(link) > REPORT_LIMITS.url) fail(spec.path, 'too-long');
    else if (!isStorableText(link)) fail(spec.path, 'invalid-characters');
    else if (!isHttpUrl(link)) fail(spec.path, 'invalid-url');
  }
  return links.filter((v): v is string => typeof v === 'string');
}

function readFiles(
  spec: ReportFieldSpec,
  value: unknown,
  fail: (field: string, code: ReportErrorCode) => void,
): ReportAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(spec.path, 'invalid');
    return [];
  }
  if (value.length > REPORT_LIMITS.attachments) {
    // Not read further: each file can be megabytes.
    fail(spec.path, 'too-many');
    return [];
  }
  const files: ReportAttachment[] = [];
  const types: readonly string[] = REPORT_LIMITS.attachmentTypes;
  for (const item of value) {
    const name = valueAt(item, 'name');
    const type = valueAt(item, 'type');
    const data = valueAt(item, 'data');
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      lengthOf(name) > REPORT_LIMITS.attachmentName ||
      typeof type !== 'string' ||
      typeof data !== 'string'
    ) {
      fail(spec.path, 'invalid');
      continue;
    }
    // Size first: it needs only the length, and keeps the other checks on bounded input.
    if (!types.includes(type)) fail(spec.path, 'unsupported-type');
    else if (base64Bytes(data) > REPORT_LIMITS.attachmentBytes) fail(spec.path, 'too-large');
    else if (data === '' || !isBase64(data)) fail(spec.path, 'invalid');
    else if (!hasSignatureOf(type, firstBytes(data))) fail(spec.path, 'unsupported-type');
    files.push({ name: safeFileName(name), type, data });
  }
  return files;
}
