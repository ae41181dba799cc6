/**
 * The article's typography lives in article.css, which src/folio.css imports:
 * a page that links folio.css has it before any script runs (no layout shift).
 * A page that did not link it still gets the same rules: the first article on
 * the page loads them (article-css.ts, a copy of article.css kept identical by
 * a test, in a chunk of its own so pages with folio.css never download it) and
 * adopts them into its document, inside @layer folio like the linked file.
 * The check is one custom property that only article.css sets.
 */
const SENTINEL = '--_folio-article-measure';
const pending = new WeakMap<Document | ShadowRoot, Promise<void>>();

export function hasArticleStyles(element: Element): boolean {
  return getComputedStyle(element).getPropertyValue(SENTINEL).trim() !== '';
}

/** Adopts the article rules into the element's root unless the page already has them. Never throws. */
export function ensureArticleStyles(element: Element): Promise<void> {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return Promise.resolve();
  const known = pending.get(root);
  if (known) return known;
  if (hasArticleStyles(element)) {
    pending.set(root, Promise.resolve());
    return Promise.resolve();
  }
  const loading = import('./article-css.js')
    .then(({ articleCss }) => {
      const sheet = new CSSStyleSheet();
      // The rules are wrapped in @layer folio already; @font-face rules apply from adopted sheets too.
      sheet.replaceSync(articleCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    })
    .catch((error: unknown) => {
      console.warn(`<${element.localName}> could not load its stylesheet (${String(error)}); link folio.css in <head> for the article typography.`);
    });
  pending.set(root, loading);
  return loading;
}
