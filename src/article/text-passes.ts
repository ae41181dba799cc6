import { proseRuns } from './body-text.js';
import { normalizePunctuationText } from './punctuation.js';
import { bodyText, countText, type TextStats } from './text-stats.js';

/**
 * The passes over the body's text that only some articles need, in a chunk
 * of their own: `normalize-punctuation`, the counts for `reading-time`, and
 * the Han–Latin spacing for browsers without `text-autospace`. The element
 * loads it the first time one of them is asked for (see article.ts).
 */
export { applyAutospaceFallback } from './autospace.js';

/** The length of the body's prose, for the reading time. */
export function bodyStats(roots: Iterable<Node>): TextStats {
  return countText(bodyText(roots));
}

/**
 * Rewrites the text nodes under `roots` in place (only their data: elements,
 * attributes and node identity are untouched). Neighbours are looked up across
 * inline elements ("<b>强调</b>,加强"), never across blocks. Returns how many
 * text nodes changed.
 */
export function normalizePunctuation(roots: Iterable<Node>): number {
  let changed = 0;
  for (const run of proseRuns(roots)) {
    const texts = run.map((t) => t.data);
    // Decide every node from the original text before writing any of them.
    const next = texts.map((text, i) =>
      /[,:;!?()]/.test(text)
        ? normalizePunctuationText(text, texts.slice(0, i).join(''), texts.slice(i + 1).join(''))
        : text,
    );
    run.forEach((node, i) => {
      if (next[i] !== node.data) {
        node.data = next[i]!;
        changed++;
      }
    });
  }
  return changed;
}
