/**
 * Attachments are files a stranger sends and staff open: their declared type
 * must be what their first bytes say, and their name must be a plain base
 * name that no folder, terminal or HTML page can misread.
 */

/** The first bytes of each accepted type. */
const SIGNATURES: Record<string, (bytes: Uint8Array) => boolean> = {
  // "%PDF-" (readers also accept it a little further in; a scan never starts with junk).
  'application/pdf': (b) => ascii(b, 0, '%PDF-'),
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
};

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  return [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
}

/** True when a file's first bytes (at least 12 of them, or all of a smaller file) are of `type`. */
export function hasSignatureOf(type: string, firstBytes: Uint8Array): boolean {
  return SIGNATURES[type]?.(firstBytes) ?? false;
}

/** The first 12 bytes of base64 `data` (valid base64, checked before). */
export function firstBytes(data: string): Uint8Array {
  return Uint8Array.from(atob(data.slice(0, 16)), (c) => c.charCodeAt(0));
}

/**
 * `name` reduced to a safe base name: the part after the last `/` or `\`,
 * without control, bidi and format characters, lone surrogates or `<>:"|?*`, trimmed of
 * spaces and dots at either end; `attachment` when nothing is left.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop()!;
  const safe = base.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"|?*]/gu, '').replace(/^[\s.]+|[\s.]+$/gu, '');
  return safe || 'attachment';
}
