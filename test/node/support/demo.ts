// The demo server (`npm start`), in this process through Vite's API, on a
// free loopback port, with its data (reports, the secret) in a temporary
// folder and never a developer's PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export interface DemoServer {
  origin: string;
  /** Where the demo keeps its reports and its secret. */
  data: string;
  close(): Promise<void>;
}

export async function startDemo(): Promise<DemoServer> {
  delete process.env.FOLIO_REPORTS_DATABASE_URL;
  delete process.env.FOLIO_REPORTS_SALT;
  const data = mkdtempSync(join(tmpdir(), 'folio-demo-data-'));
  process.env.FOLIO_DEMO_DATA = data;
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../../demo/vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address !== 'object') throw new Error('the demo server has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    data,
    close: async () => {
      await server.close();
      delete process.env.FOLIO_DEMO_DATA;
      rmSync(data, { recursive: true, force: true });
    },
  };
}
