// @ts-check
// A Node theme's article page, rendered by folio-elements/ssr from the CMS's
// JSON document and hydrated in the browser by the self-contained
// dist/folio-ssr.js: `node render.mjs article.json > page.html`.
import { readFile } from 'node:fs/promises';
import { renderArticlePage } from 'folio-elements/ssr';

/** @type {import('folio-elements/ssr').ArticleDocument} */
const article = JSON.parse(await readFile(process.argv[2] ?? 'article.json', 'utf8'));
const page = await renderArticlePage(article, {
  stylesheet: '/node_modules/folio-elements/dist/folio.css',
  script: '/node_modules/folio-elements/dist/folio-ssr.js',
  url: 'https://www.example.com/news/1040.html',
  reportAction: '/api/reports',
});
process.stdout.write(page);
