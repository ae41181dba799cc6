// What every demo's Vite config shares: how `folio-elements/…` resolves, and
// how Vue is told that folio- tags are custom elements.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Alias, Plugin } from 'vite';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * `folio-elements/<entry>` resolved to the library's sources, so the demos run
 * without a build. A site that installed the package needs none of this: its
 * exports resolve the same names to dist/.
 */
export const packageAliases: Alias[] = [
  { find: /^folio-elements$/, replacement: `${src}index.ts` },
  { find: /^folio-elements\/folio\.css$/, replacement: `${src}folio.css` },
  { find: /^folio-elements\/helpers$/, replacement: `${src}helpers.ts` },
  // Typings only: an empty module at run time, as the package's dist/frameworks/*.js are.
  {
    find: /^folio-elements\/(react|preact|vue|svelte)$/,
    replacement: fileURLToPath(new URL('./types-only.ts', import.meta.url)),
  },
  { find: /^folio-elements\/([a-z-]+)\/class$/, replacement: `${src}$1/class.ts` },
  { find: /^folio-elements\/([a-z-]+)$/, replacement: `${src}$1/define.ts` },
];

/**
 * Vue's plugin, told that folio- tags are custom elements, not Vue components:
 * Vue leaves them to the browser, sets a property where the element has one
 * (`items`, `blocks`) and listens to `@folio-*` events.
 */
export function vueWithFolioTags(): Plugin {
  return vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('folio-') } } });
}
