/**
 * Light-DOM tags (the article body, section headings) style content that lives
 * in the page, so their rules must live in the page too. This adopts a sheet
 * into the element's document (or shadow root) once, whatever the number of
 * elements. The text brings its own `@layer folio { … }` (it is the same file
 * folio.css imports), so every rule of the site still wins.
 */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

export function adoptDocumentStyles(element: Element, id: string, cssText: string): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  let ids = adopted.get(root);
  if (!ids) adopted.set(root, (ids = new Set()));
  if (ids.has(id)) return;
  ids.add(id);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  // WebKit (2.50) leaves a shadow host's style as it was computed before a sheet was adopted, so its
  // :host rules (the fallback-styles sentinel among them) do not apply until the list is set again.
  if (root instanceof ShadowRoot) root.adoptedStyleSheets = [...root.adoptedStyleSheets];
}
