/**
 * Ids for section headings, made from their text so that links read like the
 * heading they point to: `#筑牢战斗堡垒-练强抓严学校党组织建设的基本功`, `#getting-started`.
 *
 * Letters, marks and digits of every script are kept (Han, kana, hangul,
 * Cyrillic, Arabic …), so a Chinese heading keeps its characters instead of
 * collapsing to an empty or numeric id. Everything else (spaces, and
 * punctuation whether half- or full-width) becomes one `-`, so that the same
 * heading written with `,` or `，` (the seed article's captured text, before
 * and after `normalize-punctuation`) gets the same id.
 */

/** Longer slugs make unwieldy URLs; 80 code points keep any real heading whole. */
const MAX_LENGTH = 80;

// Not a letter, combining mark or digit of any script: a separator.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

export function slugify(text: string): string {
  // NFKC folds full-width Latin letters, digits and punctuation to their ASCII
  // forms (Ａ→A, ２→2, ，→,) and half-width katakana to full-width, so width
  // alone never changes an id.
  const slug = text.normalize('NFKC').toLowerCase().replace(SEPARATORS, '-').replace(/^-+|-+$/g, '');
  const codePoints = [...slug];
  if (codePoints.length <= MAX_LENGTH) return slug;
  return codePoints.slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
}

/**
 * `base`, or `base-2`, `base-3` … : the first that no element of `root` other
 * than `self` has as its id. `self` is the element that will carry the id, so
 * that asking again for an element that already has `base` returns `base`.
 */
export function uniqueId(base: string, root: Document | ShadowRoot, self?: Element): string {
  // Ids are compared as strings: a CSS selector would read a lone surrogate as U+FFFD and never match it.
  // getElementById answers the common case (free) at once; a detached subtree (an element root) has none.
  const takenByOther = (id: string) =>
    (root as Partial<Document>).getElementById?.(id) !== null && [...root.querySelectorAll('[id]')].some((el) => el !== self && el.id === id);
  if (!takenByOther(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!takenByOther(candidate)) return candidate;
  }
}
