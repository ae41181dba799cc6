// `npm start`: the demo site, served by Vite straight from src/ (no build).
// PORT sets the port. The reference report endpoint is mounted at /api/reports.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root,
  publicDir: false,
  plugins: [demoIndex()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: Boolean(process.env.PORT),
    fs: { allow: [root, fileURLToPath(new URL('../../shared', import.meta.url))] },
  },
});
