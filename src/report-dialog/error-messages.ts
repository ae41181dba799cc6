import { fieldSpec } from '../report/fields.js';
import { REPORT_LIMITS } from '../report/limits.js';
import type { ReportErrorCode } from '../report/types.js';
import type { LocaleController } from '../core/locale-controller.js';
import type { ReportErrorDetail } from './report-events.js';
import type { SubmitOutcome } from './submit-report.js';

/** A size in the reader's units: "2 MB", "2 MB" (zh), "2 MB" (ja). */
export function fileSize(localize: LocaleController, bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return localize.number(mb, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}

/** The reader-facing sentence for a validation code at a field, in the locale. */
export function errorMessage(localize: LocaleController, field: string, code: ReportErrorCode): string {
  switch (code) {
    case 'required':
      return field === 'claim.evidence'
        ? localize.term('reportErrorEvidenceRequired')
        : localize.term('reportErrorRequired');
    case 'too-long':
      return localize.term('reportErrorTooLong', localize.number(fieldSpec(field)?.max ?? REPORT_LIMITS.description));
    case 'invalid-email':
      return localize.term('reportErrorInvalidEmail');
    case 'invalid-url':
      return localize.term('reportErrorInvalidUrl');
    case 'must-accept':
      return localize.term('reportErrorMustAccept');
    case 'too-large':
      return localize.term('reportErrorTooLarge', fileSize(localize, REPORT_LIMITS.attachmentBytes));
    case 'unsupported-type':
      return localize.term('reportErrorUnsupportedType');
    case 'too-many':
      return fieldSpec(field)?.kind === 'files'
        ? localize.term('reportErrorTooMany', REPORT_LIMITS.attachments)
        : localize.term('reportErrorTooManyLinks', REPORT_LIMITS.evidence);
    case 'invalid':
    default:
      return fieldSpec(field)?.kind === 'phone'
        ? localize.term('reportErrorInvalidPhone')
        : localize.term('reportErrorInvalid');
  }
}

/** "15 seconds", "2 minutes": a wait in the reader's words. */
export function duration(localize: LocaleController, seconds: number): string {
  const [value, unit] = seconds >= 120 ? [Math.ceil(seconds / 60), 'minute'] : [seconds, 'second'];
  return localize.number(value, { style: 'unit', unit, unitDisplay: 'long' });
}

type Failure = Exclude<SubmitOutcome, { kind: 'success' } | { kind: 'invalid' } | { kind: 'key-reused' }>;

/** Why a send failed, for `folio-report-error` and in the reader's words; every one keeps the draft. */
export function failureMessage(
  localize: LocaleController,
  outcome: Failure,
  timeoutMs: number,
): { detail: ReportErrorDetail; text: string } {
  const t = localize;
  switch (outcome.kind) {
    case 'rate-limited': {
      const wait = outcome.retryAfterSeconds;
      const text =
        wait === undefined ? t.term('reportRateLimitedLater') : t.term('reportRateLimited', duration(localize, wait));
      return { detail: { status: 429, error: 'rate-limited' }, text };
    }
    case 'rejected': {
      // 413: the attachments made the body larger than the server reads.
      const text =
        outcome.status === 413 ? t.term('reportTooLargeForServer') : t.term('reportRejected', outcome.status);
      return { detail: { status: outcome.status, error: 'rejected' }, text };
    }
    case 'server-error':
      return {
        detail: { status: outcome.status, error: 'server-error' },
        text: t.term('reportServerError', outcome.status),
      };
    case 'timeout':
      return {
        detail: { error: 'timeout' },
        text: t.term('reportTimeout', duration(localize, Math.round(timeoutMs / 1000))),
      };
    case 'network':
      return { detail: { error: 'network', cause: outcome.error }, text: t.term('reportNetworkError') };
  }
}
