/**
 * Walking the article body's text: the parts the element owns (header,
 * contents, notice, JSON-LD) and non-prose elements are skipped, and text is
 * grouped by block, so that "neighbouring characters" never reach across a
 * paragraph boundary.
 */
import { isOwnedPart } from './parts.js';

/** Elements whose text is not prose: never counted, never rewritten. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'SVG',
  'MATH',
]);

/** Inline elements: text on either side of them belongs to the same run. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'RP',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

function skipped(element: Element): boolean {
  // Live regions (a copy button's "copied" announcement) and hidden decorations are not prose either.
  return (
    SKIPPED.has(element.tagName.toUpperCase()) ||
    isOwnedPart(element) ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('aria-live')
  );
}

/** The nearest ancestor (up to `root`) that is not inline: text nodes sharing it read as one run. */
function blockOf(node: Node, root: Node): Node {
  let parent = node.parentNode;
  while (parent && parent !== root && parent instanceof Element && INLINE.has(parent.tagName.toUpperCase()))
    parent = parent.parentNode;
  return parent ?? root;
}

/** Text nodes of the prose under `roots`, in document order. */
export function proseTextNodes(roots: Iterable<Node>): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Text) {
      found.push(node);
      return;
    }
    if (node instanceof Element && skipped(node)) return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  for (const root of roots) visit(root);
  return found;
}

/** Text nodes grouped into runs: consecutive nodes inside the same block. */
export function proseRuns(roots: Iterable<Node>): Text[][] {
  const runs: Text[][] = [];
  let lastBlock: Node | undefined;
  for (const root of roots) {
    for (const text of proseTextNodes([root])) {
      const block = blockOf(text, root);
      if (block !== lastBlock || runs.length === 0) runs.push([]);
      runs[runs.length - 1]!.push(text);
      lastBlock = block;
    }
    lastBlock = undefined;
  }
  return runs;
}
