import { adoptDocumentStyles } from './document-styles.js';

/**
 * A light-DOM tag (the article, the section heading) keeps its rules in a
 * file that folio.css imports, so a page that links folio.css styles it
 * before any script runs. A page that did not link it still gets the same
 * rules: the first element of the tag in a document (or shadow root) imports
 * a copy of them, a chunk of its own so that pages with folio.css never
 * download it, and adopts it there. A private custom property that only the
 * tag's rules set, on `:where(:root, :host)` and registered as not inherited,
 * tells whether they are already in that document or shadow root.
 */
const known = new WeakMap<Document | ShadowRoot, Map<string, Promise<void> | undefined>>();

/**
 * Makes sure the tag's rules apply in `element`'s root. Returns a promise
 * while they are being loaded (an element waits for it before its first
 * render, so nothing shows unstyled), undefined when there is nothing to
 * wait for. Never rejects: a chunk that fails to load is a console warning.
 */
export function ensureFallbackStyles(
  element: Element,
  sentinel: string,
  load: () => Promise<string>,
): Promise<void> | undefined {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return undefined;
  const sheets = known.get(root) ?? new Map<string, Promise<void> | undefined>();
  known.set(root, sheets);
  if (sheets.has(sentinel)) return sheets.get(sentinel);
  // Read on the root element or the host, never inside the element: a size container's style depends on its layout.
  const holder = root instanceof Document ? root.documentElement : (root as ShadowRoot).host;
  const loading = getComputedStyle(holder).getPropertyValue(sentinel).trim()
    ? undefined
    : load()
        .then(
          (css) => adoptDocumentStyles(element, sentinel, css),
          (error: unknown) =>
            console.warn(
              `<${element.localName}> could not load its stylesheet (${String(error)}); link folio.css in <head> for its styles.`,
            ),
        )
        .then(() => void sheets.set(sentinel, undefined));
  sheets.set(sentinel, loading);
  return loading;
}
