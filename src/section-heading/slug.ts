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
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '');
  const codePoints = [...slug];
  if (codePoints.length <= MAX_LENGTH) return slug;
  return codePoints.slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
}

/** Per root, the last number given to each base: a page with thousands of headings of the same text must not count up from 2 for every one. */
const lastNumber = new WeakMap<Node, Map<string, number>>();

/**
 * `base`, or `base-2`, `base-3` … : the first that no element of `root` other
 * than `self` has as its id. `self` is the element that will carry the id, so
 * that asking again for an element that already has `base` returns `base`.
 * After `base-n` was given, the search starts past it while `base-n` is still
 * in use: on a page that only gains headings that is the same first free
 * number, found in constant time instead of a walk over all the earlier ones
 * (7,700 headings named 小节 once hung the page for minutes).
 */
export function uniqueId(base: string, root: Document | ShadowRoot, self?: Element): string {
  if (!takenByOther(base, root, self)) return base;
  const given = lastNumber.get(root) ?? new Map<string, number>();
  lastNumber.set(root, given);
  const last = given.get(base);
  let n = last !== undefined && takenByOther(`${base}-${last}`, root, self) ? last + 1 : 2;
  while (takenByOther(`${base}-${n}`, root, self)) n++;
  given.set(base, n);
  return `${base}-${n}`;
}

/**
 * Whether an element of `root` other than `self` has the id. getElementById
 * answers in constant time; only when it finds `self` (another element may
 * share the id) or the root has no such method (a detached subtree) are the
 * ids compared one by one, as strings: a CSS selector would read a lone
 * surrogate as U+FFFD and never match it.
 */
function takenByOther(id: string, root: Document | ShadowRoot, self?: Element): boolean {
  const found = (root as Partial<Document>).getElementById?.(id);
  if (found === null) return false;
  if (found && found !== self) return true;
  return [...root.querySelectorAll('[id]')].some((el) => el !== self && el.id === id);
}
