// The demo's report endpoint (`npm start`), as a visitor meets it: its first
// start makes a random secret in its data folder, addresses are stored as an
// HMAC under it, and a hostile body gets a JSON answer with no stack or path
// (never Vite's error page).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FileReportStore } from '../../src/server/file-store.js';
import { startDemo, type DemoServer } from './support/demo.js';
import { copyrightReport, illegalReport, post } from './support/reports.js';

let demo: DemoServer;
let endpoint: string;

before(async () => {
  demo = await startDemo();
  endpoint = `${demo.origin}/api/reports`;
});

after(() => demo?.close());

test('the first start makes a random secret in the data folder; addresses are stored as an HMAC under it', async () => {
  const secretFile = join(demo.data, 'reports-secret');
  const secret = readFileSync(secretFile, 'utf8').trim();
  assert.match(secret, /^[0-9a-f]{64}$/);
  assert.equal(statSync(secretFile).mode & 0o777, 0o600);

  const response = await post(endpoint, illegalReport());
  assert.equal(response.status, 201);
  const { id } = (await response.json()) as { id: string };
  const store = new FileReportStore(join(demo.data, 'reports.jsonl'));
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
