/**
 * The article's typography lives in article.css, which src/folio.css imports:
 * a page that links folio.css has it before any script runs (no layout shift).
 * A page that did not link it still gets the same rules: the first article on
 * the page fetches article.css from beside this module and adopts it into its
 * document (inside @layer folio, like the linked file). The check is one
 * custom property that only article.css sets.
 */
const SENTINEL = '--_folio-article-measure';
const pending = new WeakMap<Document | ShadowRoot, Promise<void>>();

/** The stylesheet's URL; bundlers rewrite it to the emitted (or inlined) asset. */
const cssUrl = new URL('./article.css', import.meta.url);

export function hasArticleStyles(element: Element): boolean {
  return getComputedStyle(element).getPropertyValue(SENTINEL).trim() !== '';
}

/** Adopts article.css into the element's root unless the page already has it. Never throws. */
export function ensureArticleStyles(element: Element): Promise<void> {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return Promise.resolve();
  const known = pending.get(root);
  if (known) return known;
  if (hasArticleStyles(element)) {
    pending.set(root, Promise.resolve());
    return Promise.resolve();
  }
  const loading = fetch(cssUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    })
    .then((text) => {
      const sheet = new CSSStyleSheet();
      // The file wraps its rules in @layer folio already.
      sheet.replaceSync(text);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    })
    .catch((error: unknown) => {
      console.warn(`<${element.localName}> could not load its stylesheet (${String(error)}); link folio.css in <head> for the article typography.`);
    });
  pending.set(root, loading);
  return loading;
}
