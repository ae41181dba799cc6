import type { hydrate } from '@lit-labs/ssr-client';
import { warn } from '../core/warn.js';
import { SERVER_RENDERED } from './parts.js';

/**
 * Taking over the header of a server-rendered article (src/ssr). Lit's
 * `hydrate()` is provided by the browser entry of server-rendered pages
 * (src/ssr/hydrate.ts) rather than imported here: a page without server
 * rendering never loads @lit-labs/ssr-client, and the per-tag entry keeps Lit
 * its only dependency. This module is a chunk of its own too, loaded when an
 * article finds a server-rendered header.
 */
type Hydrate = typeof hydrate;
let provided: Hydrate | undefined;

export function provideHydrate(fn: Hydrate): void {
  provided = fn;
}

/**
 * Takes over a header rendered by the server with the same template
 * (`template` is the state the server rendered: contents closed, no section
 * current): Lit hydrates its nodes as they are, and the render that follows
 * changes only what differs here. Should the server's markup not match the
 * template, the header is emptied, with a warning, to be rendered afresh
 * rather than left half alive.
 */
export function hydrateHeader(host: HTMLElement, header: HTMLElement, template: unknown): void {
  header.removeAttribute(SERVER_RENDERED);
  const part = header as HTMLElement & { _$litPart$?: unknown };
  // Lit's markers say where each value sits; without them (markup copied by hand) there is nothing to hydrate.
  const marked = [...header.childNodes].some((n) => n instanceof Comment && n.data.startsWith('lit-part'));
  let problem = !marked
    ? 'it has no Lit hydration markers'
    : !provided
      ? "the page did not load Lit's hydration support (folio-ssr.js or folio-elements/ssr/hydrate)"
      : '';
  if (marked && provided) {
    try {
      provided(template, header, { host });
      if (!part._$litPart$) problem = 'it has no root part';
    } catch (error) {
      problem = String(error);
    }
  }
  if (!problem) return;
  warn(
    host,
    'header',
    `the server-rendered header does not match this element's template (${problem}); it was rendered again.`,
  );
  delete part._$litPart$;
  header.replaceChildren();
}
