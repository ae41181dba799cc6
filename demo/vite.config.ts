// `npm start`: the demo site, served by Vite straight from src/ (no build),
// the React and Vue examples included. PORT sets the port. The reference
// report endpoint is mounted at /api/reports.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { packageAliases, vueWithFolioTags } from './common-config.js';
import { createClientHasher, reportsSalt } from '../src/server/client-hash.js';
import { createReportHandler } from '../src/server/handler.js';
import { createReactionHandler } from '../src/server/reaction-handler.js';
import { remoteAddress, toNodeListener } from '../src/server/node.js';
import { withRateLimit } from '../src/server/rate-limit.js';
import { rateLimiterFor, reactionStoreFromEnv, storeFromEnv } from '../src/server/store-from-env.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `/` opens the demo's index page; the icon browsers ask every site for is the demo's. */
function demoIndex(): Plugin {
  return {
    name: 'folio-demo-index',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/' || req.url === '/index.html') req.url = '/demo/index.html';
        else if (req.url === '/favicon.ico') req.url = '/demo/favicon.svg';
        next();
      });
    },
  };
}

/**
 * The reference report endpoint at /api/reports, storing into
 * demo/.data/reports.jsonl (git-ignored; FOLIO_DEMO_DATA names another
 * folder), or into PostgreSQL when FOLIO_REPORTS_DATABASE_URL is set, so that
 * a report sent from the demo page lands somewhere a person can read
 * (`folio-reports list`). Client addresses are hashed with
 * FOLIO_REPORTS_SALT, else with a random secret made on the first start and
 * kept in the data folder. Each stored report is logged (its id, never its
 * text). Limits as a site would set them: 10 reports per client and 50 per
 * page an hour.
 */
function reportEndpoint(): Plugin {
  return {
    name: 'folio-demo-report-endpoint',
    async configureServer(server) {
      const data = process.env.FOLIO_DEMO_DATA ?? fileURLToPath(new URL('./.data', import.meta.url));
      const file = join(data, 'reports.jsonl');
      const store = await storeFromEnv(process.env, { filePath: file });
      const where = process.env.FOLIO_REPORTS_DATABASE_URL ? 'PostgreSQL' : file;
      const salt = reportsSalt({ file: join(data, 'reports-secret') });
      const handler = withRateLimit(createReportHandler({ store, clientAddress: remoteAddress, addressSalt: salt }), {
        limiter: rateLimiterFor(store),
        perClient: 10,
        perPage: 50,
        windowSeconds: 3600,
        clientAddress: remoteAddress,
        hashClient: createClientHasher({ salt }),
      });
      const logged = async (request: Request): Promise<Response> => {
        const response = await handler(request);
        if (response.status === 201 || response.status === 200) {
          const { id } = (await response.clone().json()) as { id: string };
          const what = response.status === 201 ? `stored in ${where}` : 'was a retry of a stored report';
          server.config.logger.info(`report ${id} ${what}`, { timestamp: true });
        }
        return response;
      };
      const listener = toNodeListener(logged);
      server.middlewares.use('/api/reports', (req, res, next) => {
        // Only the endpoint itself: /api/reports/anything is not it.
        if (req.url !== '/' && !req.url?.startsWith('/?')) return next();
        // No `next`: the endpoint answers its own failures (JSON, no stack); Vite's error page would show paths.
        listener(req, res);
      });
      server.httpServer?.once('close', () => void store.close?.());
    },
  };
}

/**
 * The reference reactions endpoint at /api/reactions, beside /api/reports:
 * demo/.data/reactions.jsonl, or PostgreSQL with FOLIO_REPORTS_DATABASE_URL,
 * the addresses hashed with the reports' secret. The seed pages' like button
 * sends its presses here.
 */
function reactionsEndpoint(): Plugin {
  return {
    name: 'folio-demo-reactions-endpoint',
    async configureServer(server) {
      const data = process.env.FOLIO_DEMO_DATA ?? fileURLToPath(new URL('./.data', import.meta.url));
      const store = await reactionStoreFromEnv(process.env, { filePath: join(data, 'reactions.jsonl') });
      const handler = createReactionHandler({
        store,
        clientAddress: remoteAddress,
        addressSalt: reportsSalt({ file: join(data, 'reports-secret') }),
        limiter: rateLimiterFor(store),
      });
      const listener = toNodeListener(handler);
      server.middlewares.use('/api/reactions', (req, res, next) => {
        if (req.url !== '/' && !req.url?.startsWith('/?')) return next();
        listener(req, res);
      });
      server.httpServer?.once('close', () => void store.close?.());
    },
  };
}

/**
 * `/demo/ssr/seed-article.html`: the seed article rendered on the server by
 * `renderArticlePage` on every request (through Vite's SSR loader, so edits to
 * src/ show on reload), hydrated in the browser by src/ssr/hydrate.ts. With
 * JavaScript off it reads the same.
 */
function serverRenderedSeed(): Plugin {
  return {
    name: 'folio-demo-ssr',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.url?.split('?')[0] !== '/demo/ssr/seed-article.html') return next();
        try {
          const { renderSeedPage } = (await server.ssrLoadModule(
            '/demo/ssr/seed-page.ts',
          )) as typeof import('./ssr/seed-page.js');
          const html = await renderSeedPage();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [demoIndex(), reportEndpoint(), reactionsEndpoint(), serverRenderedSeed(), vueWithFolioTags()],
  // The React example: React 19's automatic JSX runtime.
  esbuild: { jsx: 'automatic' },
  resolve: { alias: packageAliases },
  optimizeDeps: {
    // What Vite scans for dependencies to pre-bundle, once, before the first page: the demo's pages and
    // the script of the server-rendered one (which has no file to scan). Not every HTML file of the
    // repository (the tests' pages load dist/), and nothing found later, which would reload the page.
    entries: ['demo/**/*.html', 'src/ssr/hydrate.ts'],
    // The JSX runtime the React example's compiled code imports, which no source names.
    include: ['react/jsx-dev-runtime'],
  },
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: Boolean(process.env.PORT),
    fs: { allow: [root] },
  },
});
