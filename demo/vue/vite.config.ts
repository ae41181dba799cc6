// The Vue example, built by Vite from the library's sources (like `npm start`).
// A site that installed folio-elements from npm needs none of the aliases below.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  // Its own dependency cache: sharing node_modules/.vite with the main demo makes each server invalidate the other's.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/vue-example', import.meta.url)),
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // folio- tags are custom elements, not Vue components: Vue leaves them to the browser,
          // sets a property where the element has one (`items`, `blocks`) and listens to `@folio-*` events.
          isCustomElement: (tag) => tag.startsWith('folio-'),
        },
      },
    }),
  ],
  resolve: {
    alias: [
      { find: 'folio-elements/folio.css', replacement: `${src}folio.css` },
      { find: /^folio-elements\/([a-z-]+)$/, replacement: `${src}$1/define.ts` },
    ],
  },
  build: { target: 'es2022' },
});
