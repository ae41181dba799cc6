import { firstBytes, hasSignatureOf } from '../report/attachments.js';
import { REPORT_LIMITS } from '../report/limits.js';
import type { ReportAttachment, ReportErrorCode } from '../report/types.js';

/** Why a chosen file cannot be attached, by the same limits the endpoint applies. */
export function fileProblem(file: File, alreadyAttached: number): ReportErrorCode | undefined {
  if (alreadyAttached >= REPORT_LIMITS.attachments) return 'too-many';
  if (!(REPORT_LIMITS.attachmentTypes as readonly string[]).includes(file.type)) return 'unsupported-type';
  if (file.size > REPORT_LIMITS.attachmentBytes) return 'too-large';
  return undefined;
}

/** Why a read file cannot be attached: its first bytes are not of its declared type (an SVG named .png…). */
export function contentProblem(attachment: ReportAttachment): ReportErrorCode | undefined {
  return hasSignatureOf(attachment.type, firstBytes(attachment.data)) ? undefined : 'unsupported-type';
}

/** The file as the report carries it: base64 without the `data:` prefix. */
export async function readAttachment(file: File): Promise<ReportAttachment> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  return { name: file.name, type: file.type, data: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

/** PDF, PNG, JPEG, WEBP: the accepted types as people know them (the locale lists them). */
export function attachmentTypeNames(): string[] {
  return REPORT_LIMITS.attachmentTypes.map((t) => t.split('/')[1]!.toUpperCase());
}
