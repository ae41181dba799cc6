// Client addresses that cannot be gamed: behind a proxy the address is the
// one the nearest trusted proxy saw (a client cannot pick its own with
// X-Forwarded-For), and one client is one bucket however its address is
// written (IPv6 spellings, IPv4-mapped IPv6, and IPv6 by /64).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { clientAddressFrom, normalizeClientAddress } from '../../src/server/client-address.js';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { MemoryRateLimiter, withRateLimit } from '../../src/server/rate-limit.js';
import { illegalReport, post, scratchDir, serve } from './support/reports.js';

const scratch = scratchDir('folio-client-address-');
after(() => scratch.remove());
let n = 0;

/** A request as a proxy at `socket` hands it on, with the X-Forwarded-For it built. */
function proxied(forwardedFor: string | undefined, socket = '10.0.0.2'): [Request, string] {
  const headers = new Headers();
  if (forwardedFor !== undefined) headers.set('X-Forwarded-For', forwardedFor);
  return [new Request('http://localhost/api/reports', { headers }), socket];
}
const addressOf = (trustProxy: number | string[], forwardedFor?: string, socket?: string) => {
  const [request, peer] = proxied(forwardedFor, socket);
  return clientAddressFrom({ trustProxy, socketAddress: () => peer })(request);
};

describe('clientAddressFrom: the address the nearest trusted proxy saw', () => {
  test('trustProxy as a number of hops', () => {
    assert.equal(addressOf(0, 'spoofed, 203.0.113.7'), '10.0.0.2', '0 hops: the socket');
    assert.equal(addressOf(1, 'spoofed, 203.0.113.7'), '203.0.113.7', 'what the one proxy appended');
    assert.equal(addressOf(2, '198.51.100.1, 203.0.113.7'), '198.51.100.1');
    assert.equal(addressOf(1, undefined), '10.0.0.2', 'no header: the socket');
    assert.equal(addressOf(3, '203.0.113.7'), '203.0.113.7', 'more hops than entries: the farthest');
  });

  test('trustProxy as trusted addresses and networks', () => {
    const trusted = ['10.0.0.0/8', '127.0.0.1', 'fd00::/8'];
    assert.equal(addressOf(trusted, 'spoofed, 203.0.113.7, 10.1.2.3'), '203.0.113.7');
    assert.equal(addressOf(trusted, '203.0.113.7', '127.0.0.1'), '203.0.113.7');
    assert.equal(addressOf(trusted, '203.0.113.7', '198.51.100.9'), '198.51.100.9', 'an untrusted peer is the client');
    assert.equal(addressOf(trusted, '2001:db8::5, fd12::1', 'fd00::2'), '2001:db8::5');
  });

  test('20 reports from one client behind one proxy, each with another forged first entry: 5 pass a limit of 5', async () => {
    const store = new FileReportStore(`${scratch.dir}/reports-${++n}.jsonl`);
    const clientAddress = clientAddressFrom({ trustProxy: 1, socketAddress: () => '127.0.0.1' });
    const server = await serve(
      withRateLimit(createReportHandler({ store, clientAddress, addressSalt: 'a-secret-of-thirty-two-characters' }), {
        limiter: new MemoryRateLimiter(),
        perClient: 5,
        perPage: 1000,
        windowSeconds: 3600,
        clientAddress,
      }),
    );
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        // The client writes the first entry; the proxy appends the address it saw.
        const forged = `198.51.100.${i}, 203.0.113.7`;
        statuses.push((await post(server.url, illegalReport(), { 'X-Forwarded-For': forged })).status);
      }
      assert.equal(statuses.filter((s) => s === 201).length, 5);
      assert.equal(statuses.filter((s) => s === 429).length, 15);
    } finally {
      await server.close();
      await store.close();
    }
  });
});

describe('one client, one bucket', () => {
  const spellings = [
    '2001:db8:0:0:0:0:0:1',
    '2001:DB8::1',
    '2001:0db8:0000:0000:0000:0000:0000:0001',
    '[2001:db8::1]',
    '[2001:db8::1]:443',
    '2001:db8::1%eth0',
    '2001:db8::ffff:1', // another address in the same /64
  ];

  test('IPv6 is counted by /64, however it is written; IPv4-mapped IPv6 is IPv4', () => {
    assert.deepEqual(new Set(spellings.map(normalizeClientAddress)), new Set(['2001:db8:0:0::/64']));
    assert.equal(normalizeClientAddress('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(normalizeClientAddress('::FFFF:cb00:7107'), '203.0.113.7');
    assert.equal(normalizeClientAddress('203.0.113.7:8080'), '203.0.113.7');
    assert.equal(normalizeClientAddress(' 203.0.113.7 '), '203.0.113.7');
    assert.notEqual(normalizeClientAddress('2001:db8:0:1::1'), normalizeClientAddress('2001:db8::1'));
  });

  test('through withRateLimit and the stored hash: the spellings are one client', async () => {
    const store = new FileReportStore(`${scratch.dir}/reports-${++n}.jsonl`);
    let address = '';
    const clientAddress = () => address;
    const handler = withRateLimit(
      createReportHandler({ store, clientAddress, addressSalt: 'a-secret-of-thirty-two-characters' }),
      { limiter: new MemoryRateLimiter(), perClient: 1, perPage: 1000, windowSeconds: 3600, clientAddress },
    );
    const server = await serve(handler);
    try {
      const statuses: number[] = [];
      for (const spelling of [...spellings, '::ffff:203.0.113.7', '203.0.113.7']) {
        address = spelling;
        statuses.push((await post(server.url, illegalReport())).status);
      }
      assert.deepEqual(statuses, [201, 429, 429, 429, 429, 429, 429, 201, 429]);
      const hashes = new Set((await store.list()).map((r) => r.clientAddressHash));
      assert.equal(hashes.size, 2);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
