/**
 * The browser entry of a server-rendered page (the `<script type="module">`
 * that `renderArticlePage` writes): Lit's hydration support first, then every
 * tag. The order matters: the support must patch LitElement before any of our
 * elements is defined, so that each widget takes over its declarative shadow
 * root instead of rendering a second copy. The light-DOM tags (article,
 * section heading) adopt their server-rendered parts by themselves; the
 * article is handed Lit's `hydrate()` for its header here.
 */
import { provideLitHydrate } from './hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { provideHydrate } from '../article/hydration.js';
export * from '../index.js';

// Lit's hydrate(), for the widgets' shadow roots and the article's light-DOM header; only this entry brings it.
provideLitHydrate(hydrate);
provideHydrate(hydrate);
