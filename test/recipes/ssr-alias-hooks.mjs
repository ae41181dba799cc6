// The resolve hook that ssr-alias.mjs registers. It hands the source path on
// to the next resolver (tsx's), which then compiles the TypeScript.
const target = new URL('../../src/ssr/index.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier === 'folio-elements/ssr' ? target : specifier, context);
}
