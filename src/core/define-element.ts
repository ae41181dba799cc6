/**
 * Registers a custom element, tolerating what happens on real pages: the same
 * entry loaded twice (per-tag entry plus the all-in-one file), a second copy of
 * the library bundled by another script, and server-side code with no DOM.
 * Only those cases are swallowed; anything else still throws.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | null | undefined = globalThis.customElements,
): void {
  if (!registry) return; // no DOM here (plain Node without Lit's SSR shim)
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(
      `<${tag}> is already defined by another copy of folio-elements; this copy was not registered. ` +
        'Load folio-elements once per page (either dist/folio.js or the per-tag entries).',
    );
    return;
  }
  registry.define(tag, ctor);
}
