import { LitElementRenderer } from '@lit-labs/ssr';
import type { ReactiveControllerHost } from 'lit';
import { canonicalLang, directionOf } from '../core/language.js';
import { LocaleController } from '../core/locale-controller.js';

/**
 * On the server an element has no document and no ancestors, and Lit SSR
 * does not call `connectedCallback`, so our controllers cannot look up the
 * page's `lang` or `<base>` themselves. This module gives each element what
 * it would find in the browser: the language of the page being rendered
 * (unless the element has its own `lang`) and a document whose `baseURI` is
 * the page's URL, which `safeUrl` and the related-posts filter read.
 */
export interface PageContext {
  /** The page's language, as `<html lang>` says it. */
  lang: string;
  /** The page's URL, which relative links resolve against. */
  baseUrl: string;
}

const DEFAULT_CONTEXT: PageContext = { lang: 'en', baseUrl: 'http://localhost/' };
let current: PageContext = DEFAULT_CONTEXT;

/**
 * Runs `render` (which must render synchronously, e.g. `collectResultSync`)
 * with `context` as the page every element sees.
 */
export function withPageContext<T>(context: PageContext, render: () => T): T {
  const previous = current;
  current = context;
  try {
    return render();
  } finally {
    current = previous;
  }
}

function serverDocument(context: PageContext): Partial<Document> {
  return { baseURI: context.baseUrl, documentElement: { lang: context.lang } as HTMLElement };
}

/**
 * One of our LocaleControllers. Recognised by shape rather than class: a site
 * may load a second copy of the library (the package and this bundle) whose
 * elements carry that copy's controller.
 */
function isLocaleController(value: unknown): value is Pick<LocaleController, 'lang' | 'dir' | 'term'> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocaleController).term === 'function' &&
    typeof (value as LocaleController).lang === 'string'
  );
}

function applyLocale(localize: Pick<LocaleController, 'lang' | 'dir'>, written: string | null): void {
  localize.lang = canonicalLang(written?.trim() || current.lang);
  localize.dir = directionOf(localize.lang);
}

/** Called by Lit SSR for every LitElement it renders, after its attributes are set and before `willUpdate`. */
LitElementRenderer.renderOptions.push((element) => {
  const localize = (element as { localize?: unknown }).localize;
  if (!isLocaleController(localize)) return undefined; // not one of ours
  Object.defineProperty(element, 'ownerDocument', { value: serverDocument(current), configurable: true });
  applyLocale(localize, element.getAttribute('lang'));
  return undefined;
});

/**
 * A LocaleController for markup the server writes itself (the article's
 * header and section headings, which live in the light DOM): the same
 * strings, dates and warnings as the element's own controller in the browser.
 */
export function serverLocalize(tagName: string, context: PageContext = current): LocaleController {
  const host = {
    localName: tagName,
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost & HTMLElement;
  const localize = new LocaleController(host);
  applyLocale(localize, context.lang);
  return localize;
}

export function currentPageContext(): PageContext {
  return current;
}
