/**
 * The demo's server-rendered seed page: the seed article JSON, as captured,
 * through `renderArticlePage`, in the demo site's frame (its stylesheet and
 * header). The browser tests render the same page (test/routes/ssr.ts).
 */
import { seed } from '../../fixtures/seed-article.js';
import { renderArticlePage, type RenderArticlePageOptions } from '../../src/ssr/index.js';

export const seedPageOptions: RenderArticlePageOptions = {
  stylesheet: '/src/folio.css',
  script: '/src/ssr/hydrate.ts',
  stylesheets: ['/demo/site.css'],
  // The theme script first (a classic script: the reader's scheme is set before the page paints).
  bodyStart:
    '<script src="/demo/theme.js"></script><header class="site-header"><a href="/demo/">folio-elements demo</a> · server-rendered<button type="button" class="theme-toggle">Theme</button></header>',
  // The article's column with room beside it for the side contents (site.css).
  mainClass: 'site-main site-main--article',
  reportAction: '/api/reports',
  reactionsAction: '/api/reactions',
};

export function renderSeedPage(options: RenderArticlePageOptions = {}): Promise<string> {
  return renderArticlePage(seed, { ...seedPageOptions, ...options });
}
