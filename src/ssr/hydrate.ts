/**
 * The browser entry of a server-rendered page (the `<script type="module">`
 * that `renderArticlePage` writes): Lit's hydration support first, then every
 * tag. The order matters: the support must patch LitElement before any of our
 * elements is defined, so that each widget takes over its declarative shadow
 * root instead of rendering a second copy. The light-DOM tags (article,
 * section heading) adopt their server-rendered parts by themselves; the
 * article is handed Lit's `hydrate()` for its header here.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { provideHydrate } from '../article/hydration.js';
import '../index.js';

// The article hydrates its light-DOM header with Lit's hydrate(); only this entry brings it.
provideHydrate(hydrate);
