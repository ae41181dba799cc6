// `npm start`: the demo site, served by Vite straight from src/ (no build).
// PORT sets the port. The reference report endpoint is mounted at /api/reports.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { FileReportStore } from '../src/server/file-store.js';
import { createReportHandler } from '../src/server/handler.js';
import { toNodeListener } from '../src/server/node.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `/` opens the demo's index page. */
function demoIndex(): Plugin {
  return {
    name: 'folio-demo-index',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/' || req.url === '/index.html') req.url = '/demo/index.html';
        next();
      });
    },
  };
}

/**
 * The reference report endpoint at /api/reports, storing into
 * demo/.data/reports.jsonl (git-ignored), so that a report sent from the demo
 * page lands somewhere a person can read. Each stored report is logged.
 */
function reportEndpoint(): Plugin {
  return {
    name: 'folio-demo-report-endpoint',
    configureServer(server) {
      const file = fileURLToPath(new URL('./.data/reports.jsonl', import.meta.url));
      const store = new FileReportStore(file);
      const handler = createReportHandler({ store });
      const logged = async (request: Request): Promise<Response> => {
        const response = await handler(request);
        if (response.status === 201 || response.status === 200) {
          const { id } = (await response.clone().json()) as { id: string };
          const what = response.status === 201 ? 'stored in demo/.data/reports.jsonl' : 'was a retry of a stored report';
          server.config.logger.info(`report ${id} ${what}`, { timestamp: true });
        }
        return response;
      };
      const listener = toNodeListener(logged);
      server.middlewares.use('/api/reports', (req, res, next) => {
        // Only the endpoint itself: /api/reports/anything is not it.
        if (req.url !== '/' && !req.url?.startsWith('/?')) return next();
        listener(req, res, next);
      });
      server.httpServer?.once('close', () => void store.close());
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [demoIndex(), reportEndpoint()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: Boolean(process.env.PORT),
    fs: { allow: [root, fileURLToPath(new URL('../../shared', import.meta.url))] },
  },
});
