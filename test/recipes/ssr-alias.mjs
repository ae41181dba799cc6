// `node --import tsx --import ./test/recipes/ssr-alias.mjs docs/recipes/node/render.mjs …`:
// resolves `folio-elements/ssr` to this checkout's src/ssr/index.ts, so the
// Node recipe runs against the source (the tests run before any build). The
// recipe itself imports the package name, as a theme does.
import { register } from 'node:module';

register('./ssr-alias-hooks.mjs', import.meta.url);
