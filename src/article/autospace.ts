import { proseTextNodes } from './body-text.js';

/**
 * Han–Latin spacing for browsers without `text-autospace`: a run of Latin
 * letters or digits that touches a Han character is wrapped in a
 * <span data-folio-autospace="start|end"> whose margin draws a quarter em
 * (article.css). No character is inserted, so copy, search and find-in-page
 * see the text as written. Browsers that support text-autospace never run this.
 */
const HAN = /\p{Script=Han}/u;
const LATIN_RUN = /[A-Za-z0-9\u00C0-\u024F]+(?:[.,%'’-][A-Za-z0-9\u00C0-\u024F]+)*%?/gu;

/** Wraps every Latin run next to Han text under `roots`. Returns how many runs were wrapped. */
export function applyAutospaceFallback(roots: Iterable<Node>): number {
  let wrapped = 0;
  for (const text of proseTextNodes(roots)) {
    if (text.parentElement?.hasAttribute('data-folio-autospace')) continue;
    const data = text.data;
    const pieces: Array<{ start: number; end: number; sides: string }> = [];
    for (const match of data.matchAll(LATIN_RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      const sides = [HAN.test(data[start - 1] ?? '') ? 'start' : '', HAN.test(data[end] ?? '') ? 'end' : '']
        .filter(Boolean)
        .join(' ');
      if (sides) pieces.push({ start, end, sides });
    }
    if (pieces.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const { start, end, sides } of pieces) {
      if (start > cursor) fragment.append(data.slice(cursor, start));
      const span = document.createElement('span');
      span.dataset.folioAutospace = sides;
      span.textContent = data.slice(start, end);
      fragment.append(span);
      cursor = end;
    }
    if (cursor < data.length) fragment.append(data.slice(cursor));
    text.replaceWith(fragment);
    wrapped += pieces.length;
  }
  return wrapped;
}
