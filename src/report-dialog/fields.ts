import { REPORT_LIMITS, type ReportField } from '../server/report-rules.js';
import type { StringKey } from '../locales/registry.js';
import type { DraftCheckbox, DraftTextField } from './draft.js';

/** A typed field of the form: where it lives in the draft and the payload, how it is labelled and limited. */
export interface TextFieldSpec {
  key: DraftTextField;
  path: ReportField;
  label: StringKey;
  hint?: StringKey;
  /** Longest value in code points; absent when the rules limit each line instead (evidence). */
  max?: number;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel';
  autocomplete?: 'name' | 'email' | 'tel' | 'street-address' | 'off';
  /** Whether the rules require it for this reason (report-rules.ts). */
  required: (reason: string) => boolean;
}

const always = () => true;
const never = () => false;
const forCopyright = (reason: string) => reason === 'copyright';

export const DESCRIPTION_FIELD: TextFieldSpec = {
  key: 'description',
  path: 'description',
  label: 'reportDescription',
  max: REPORT_LIMITS.description,
  multiline: true,
  required: always,
};

export const CONTACT_FIELDS: TextFieldSpec[] = [
  {
    key: 'contactName',
    path: 'contact.name',
    label: 'reportContactName',
    max: REPORT_LIMITS.name,
    autocomplete: 'name',
    required: never,
  },
  {
    key: 'contactEmail',
    path: 'contact.email',
    label: 'reportContactEmail',
    max: REPORT_LIMITS.email,
    type: 'email',
    autocomplete: 'email',
    required: forCopyright,
  },
];

export const CLAIMANT_FIELDS: TextFieldSpec[] = [
  {
    key: 'claimantName',
    path: 'claim.claimant.name',
    label: 'reportClaimantName',
    max: REPORT_LIMITS.name,
    autocomplete: 'name',
    required: always,
  },
  {
    key: 'claimantAddress',
    path: 'claim.claimant.address',
    label: 'reportClaimantAddress',
    max: REPORT_LIMITS.address,
    multiline: true,
    autocomplete: 'street-address',
    required: always,
  },
  {
    key: 'claimantPhone',
    path: 'claim.claimant.phone',
    label: 'reportClaimantPhone',
    max: REPORT_LIMITS.phone,
    type: 'tel',
    autocomplete: 'tel',
    required: always,
  },
];

export const WORK_FIELDS: TextFieldSpec[] = [
  { key: 'workTitle', path: 'claim.work.title', label: 'reportWorkTitle', max: REPORT_LIMITS.title, required: always },
  {
    key: 'workUrl',
    path: 'claim.work.url',
    label: 'reportWorkUrl',
    max: REPORT_LIMITS.url,
    type: 'url',
    autocomplete: 'off',
    required: never,
  },
];

/** Evidence is required as "a link or a file", so it carries no asterisk; its hint says what is wanted. */
export const EVIDENCE_FIELD: TextFieldSpec = {
  key: 'evidence',
  path: 'claim.evidence',
  label: 'reportEvidence',
  hint: 'reportEvidenceHint',
  multiline: true,
  required: never,
};

export const SIGNATURE_FIELD: TextFieldSpec = {
  key: 'signature',
  path: 'claim.signature',
  label: 'reportSignature',
  hint: 'reportSignatureHint',
  max: REPORT_LIMITS.signature,
  required: always,
};

export const STATEMENTS: Array<{ key: DraftCheckbox; path: ReportField; label: StringKey }> = [
  { key: 'goodFaith', path: 'claim.goodFaith', label: 'reportGoodFaith' },
  { key: 'accurate', path: 'claim.accurate', label: 'reportAccurate' },
  { key: 'authorized', path: 'claim.authorized', label: 'reportAuthorized' },
];

export const ATTACHMENTS_PATH: ReportField = 'claim.attachments';

/** Every field path the form shows, in visual order: the first invalid one gets focus. */
export function fieldOrder(reason: string): string[] {
  const base = ['reason', DESCRIPTION_FIELD.path, ...CONTACT_FIELDS.map((f) => f.path)];
  if (reason !== 'copyright') return base;
  return [
    ...base,
    ...CLAIMANT_FIELDS.map((f) => f.path),
    ...WORK_FIELDS.map((f) => f.path),
    EVIDENCE_FIELD.path,
    ATTACHMENTS_PATH,
    ...STATEMENTS.map((s) => s.path),
    SIGNATURE_FIELD.path,
  ];
}

/**
 * The field an error path belongs to: itself when the form shows it, else the
 * longest shown path it starts with (`claim.evidence.2` → `claim.evidence`),
 * else undefined (the error is shown above the form instead).
 */
export function fieldForPath(path: string, reason: string): string | undefined {
  const shown = fieldOrder(reason);
  if (shown.includes(path)) return path;
  return shown
    .filter((p) => path.startsWith(`${p}.`) || path.startsWith(`${p}[`))
    .sort((a, b) => b.length - a.length)[0];
}
