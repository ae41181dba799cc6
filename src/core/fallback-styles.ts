/**
 * A light-DOM tag (the article, the section heading) keeps its rules in a
 * file that folio.css imports, so a page that links folio.css styles it
 * before any script runs. A page that did not link it still gets the same
 * rules: the tag's first element in a document (or shadow root) loads a copy
 * of them, a lazy part so that pages with folio.css never download it, and
 * adopts it there (see LightElement). A private custom property that only
 * the tag's rules set, on `:where(:root, :host)` and registered as not
 * inherited, tells whether they are already in that document or shadow root.
 */
const known = new WeakMap<Document | ShadowRoot, Map<string, boolean>>();

/** Whether the rules that set `sentinel` are missing where `element` is. Read once per document or shadow root. */
export function lacksRules(element: Element, sentinel: string): boolean {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return false; // not in a page: nothing to style
  let sentinels = known.get(root);
  if (!sentinels) known.set(root, (sentinels = new Map()));
  let lacking = sentinels.get(sentinel);
  if (lacking === undefined) {
    // Read on the root element or the host, never inside the element: a size container's style depends on its layout.
    const holder = root instanceof Document ? root.documentElement : root.host;
    lacking = !getComputedStyle(holder).getPropertyValue(sentinel).trim();
    sentinels.set(sentinel, lacking);
  }
  return lacking;
}
