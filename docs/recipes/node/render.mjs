// A Node theme's article page: the article's JSON document (the seed's shape,
// typed as ArticleDocument) rendered to HTML on the server with
// folio-elements/ssr. The page shows, and is indexed, before any script runs;
// its one module script then hydrates the widgets in place.
//
//   node render.mjs article.json [folio.css URL] [hydrate script URL] > page.html
//
// In a real theme the same call answers a request (see ../node.md).
import { readFile } from 'node:fs/promises';
import { renderArticlePage } from 'folio-elements/ssr';

// The script is the hydrating entry (the package's dist/folio-ssr.js), not folio.js.
const [file, stylesheet = '/folio-elements/dist/folio.css', script = '/folio-elements/dist/folio-ssr.js'] =
  process.argv.slice(2);
if (!file) {
  console.error('usage: node render.mjs article.json [folio.css URL] [hydrate script URL]');
  process.exit(2);
}

const article = JSON.parse(await readFile(file, 'utf8'));
// Every value is escaped by Lit's renderer, URLs from data pass the tags' own
// check, and the disclaimer's report sentence is left to the notice: the
// document goes in as the CMS stores it.
const page = await renderArticlePage(article, { stylesheet, script, reportAction: '/api/reports' });
process.stdout.write(page);
