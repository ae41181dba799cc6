/**
 * The endpoint's English sentence for each refused field, as a 422 carries it
 * (`{ "errors": { "contact.email": "Your e-mail address is not a valid e-mail address." } }`).
 * Names and limits come from the field table. The dialog shows its own
 * localized text (report-dialog/error-messages.ts) and these only as a fallback.
 */
import { fieldSpec } from './fields.js';
import { REPORT_LIMITS } from './limits.js';
import type { ReportErrorCode } from './types.js';

export function messageFor(code: ReportErrorCode, field: string): string {
  const spec = fieldSpec(field);
  const label = spec?.name ?? `The field ${field}`;
  const L = REPORT_LIMITS;
  switch (code) {
    case 'required':
      return field === 'claim.evidence'
        ? 'Give at least one link or attach a file that shows the right.'
        : `${label} is required.`;
    case 'too-long':
      return `${label} is too long (at most ${spec?.max ?? 'the allowed number of'} characters).`;
    case 'invalid-email':
      return `${label} is not a valid e-mail address.`;
    case 'invalid-url':
      return `${label} must be a full http:// or https:// address.`;
    case 'invalid-characters':
      return `${label} contains a character that cannot be stored (NUL or a lone surrogate).`;
    case 'must-accept':
      return `${label} must be accepted.`;
    case 'too-large':
      return `${label} must each be at most ${Math.round(L.attachmentBytes / 1024 / 1024)} MB.`;
    case 'unsupported-type':
      return `${label} must be PDF, PNG, JPEG or WebP files.`;
    case 'too-many':
      return spec?.kind === 'files'
        ? `${label} may be at most ${L.attachments} files.`
        : `${label} may list at most ${L.evidence} links.`;
    case 'invalid':
    default:
      return `${label} is not valid.`;
  }
}
