// The Vue example, built by Vite from the library's sources. `npm start`
// serves it too, at /demo/vue/; this config builds it alone (the tests do).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { packageAliases, vueWithFolioTags } from '../common-config.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  // Its own dependency cache: sharing node_modules/.vite with the main demo makes each server invalidate the other's.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/vue-example', import.meta.url)),
  plugins: [vueWithFolioTags()],
  resolve: { alias: packageAliases },
  build: { target: 'es2022' },
});
