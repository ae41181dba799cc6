// The React 19 example, built by Vite from the library's sources (like `npm start`).
// A site that installed folio-elements from npm needs none of the aliases below:
// `folio-elements/<tag>` then resolves through the package's exports.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('../../src/', import.meta.url));

export default defineConfig({
  root: here,
  publicDir: false,
  // Its own dependency cache: sharing node_modules/.vite with the main demo makes each server invalidate the other's.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/react-example', import.meta.url)),
  // React 19's automatic runtime; no plugin needed for a build.
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: [
      { find: 'folio-elements/folio.css', replacement: `${src}folio.css` },
      // Type-only import: an empty module at run time.
      { find: /^folio-elements\/(react|preact|vue|svelte)$/, replacement: `${here}types-only.ts` },
      { find: /^folio-elements\/([a-z-]+)$/, replacement: `${src}$1/define.ts` },
    ],
  },
  build: { target: 'es2022' },
});
