/**
 * Lit's `hydrate()` for the article's server-rendered header, provided by the
 * browser entry of server-rendered pages (src/ssr/hydrate.ts) rather than
 * imported here: a page without server rendering never loads
 * @lit-labs/ssr-client, and the per-tag entry keeps Lit its only dependency.
 */
import type { hydrate } from '@lit-labs/ssr-client';

type Hydrate = typeof hydrate;
let provided: Hydrate | undefined;

export function provideHydrate(fn: Hydrate): void {
  provided = fn;
}

/** The hydrate function, when the page loaded Lit's hydration support. */
export function hydrateFunction(): Hydrate | undefined {
  return provided;
}
