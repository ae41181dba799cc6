// The demo's report endpoint (`npm start`), as a visitor meets it: its first
// start makes a random secret in its data folder, addresses are stored as an
// HMAC under it, and a hostile body gets a JSON answer with no stack or path
// (never Vite's error page).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { FileReportStore } from '../../src/server/file-store.js';
import { copyrightReport, illegalReport, post, scratchDir } from './support/reports.js';

const data = scratchDir('folio-demo-data-');
let server: ViteDevServer;
let endpoint: string;

before(async () => {
  delete process.env.FOLIO_REPORTS_DATABASE_URL;
  delete process.env.FOLIO_REPORTS_SALT;
  process.env.FOLIO_DEMO_DATA = data.dir;
  server = await createServer({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer!.address();
  assert.ok(address && typeof address === 'object');
  endpoint = `http://127.0.0.1:${address.port}/api/reports`;
});

after(async () => {
  await server?.close();
  delete process.env.FOLIO_DEMO_DATA;
  data.remove();
});

test('the first start makes a random secret in the data folder; addresses are stored as an HMAC under it', async () => {
  const secretFile = join(data.dir, 'reports-secret');
  const secret = readFileSync(secretFile, 'utf8').trim();
  assert.match(secret, /^[0-9a-f]{64}$/);
  assert.equal(statSync(secretFile).mode & 0o777, 0o600);

  const response = await post(endpoint, illegalReport());
  assert.equal(response.status, 201);
  const { id } = (await response.json()) as { id: string };
  const store = new FileReportStore(join(data.dir, 'reports.jsonl'));
  try {
    assert.equal(
      (await store.get(id))?.clientAddressHash,
      createHmac('sha256', secret).update('127.0.0.1').digest('hex'),
    );
  } finally {
    await store.close();
  }
});

test('a hostile body gets a JSON answer without a stack or a path', async () => {
  const report = copyrightReport();
  report.claim!.attachments = [{ name: 'a.png', type: 'image/png', data: 'A'.repeat(4_500_000) }];
  const response = await post(endpoint, report);
  assert.equal(response.status, 422);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const text = await response.text();
  assert.doesNotMatch(text, /<html|\bat \S+ \(|\/work\/|\/src\/|node_modules/);
});
