/**
 * Puts text on the clipboard: the asynchronous Clipboard API first, then, where
 * that is missing or refused (an insecure page, a permissions policy in an
 * iframe, a browser setting), the older copy command on a temporary selection,
 * which many of those pages still allow during a click. Resolves false when
 * both are refused, so the caller can show the text to copy by hand.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused: fall through to the selection.
    }
  }
  return copyBySelection(text, doc);
}

function copyBySelection(text: string, doc: Document): boolean {
  const previousFocus = doc.activeElement as HTMLElement | null;
  const field = doc.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  // Fixed and transparent: selecting it must neither scroll the page nor show.
  field.style.cssText =
    'position:fixed;inset:0 auto auto 0;inline-size:1px;block-size:1px;opacity:0;pointer-events:none;';
  doc.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  previousFocus?.focus({ preventScroll: true });
  return copied;
}
