/**
 * The fallback when a site has no endpoint but an address: a mailto: link
 * with the report as its body. Mail programs and browsers cut long mailto
 * URLs (about 2,000 characters is safe everywhere), so the body is shortened
 * to fit, with a note saying so, rather than the link failing silently.
 */
export const MAX_MAILTO_LENGTH = 2000;

export function buildMailto(address: string, subject: string, body: string, shortenedNote: string, maxLength = MAX_MAILTO_LENGTH): string {
  const base = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=`;
  const full = base + encodeURIComponent(body);
  if (full.length <= maxLength) return full;
  // Keep as many whole characters (code points) as fit, then the note.
  const chars = [...body];
  let low = 0;
  let high = chars.length;
  const withNote = (n: number) => base + encodeURIComponent(`${chars.slice(0, n).join('')}…\n${shortenedNote}`);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (withNote(mid).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  return withNote(low);
}

/** The report as plain text: one "Label: value" line per filled field, the description last in full. */
export function reportAsText(lines: Array<[label: string, value: string | undefined]>): string {
  return lines
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .map(([label, value]) => (value!.includes('\n') ? `${label}:\n${value}` : `${label}: ${value}`))
    .join('\n');
}
