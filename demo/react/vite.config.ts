// The React 19 example, built by Vite from the library's sources. `npm start`
// serves it too, at /demo/react/; this config builds it alone (the tests do).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { packageAliases } from '../common-config.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  // Its own dependency cache: sharing node_modules/.vite with the main demo makes each server invalidate the other's.
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/react-example', import.meta.url)),
  // React 19's automatic runtime; no plugin needed for a build.
  esbuild: { jsx: 'automatic' },
  resolve: { alias: packageAliases },
  build: { target: 'es2022' },
});
