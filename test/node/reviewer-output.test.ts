// What the reviewer reads is safe: folio-reports prints no control or bidi
// character raw (report text, ids and timestamps alike), attachments are
// what they claim to be under a plain base name, records that are not
// reports are skipped with a warning, and ids are found whatever their case.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { FileReportStore } from '../../src/server/file-store.js';
import { createReportHandler } from '../../src/server/handler.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import type { ReportStore } from '../../src/server/store.js';
import { postgresForTests } from './support/postgres.js';
import { copyrightReport, post, report, scratchDir, serve } from './support/reports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = scratchDir('folio-reviewer-');
const postgres = postgresForTests();
after(() => scratch.remove());

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Every C0 and C1 control, DEL, and the bidi controls; a line feed and a tab are allowed where noted. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = [
  '\u001b]0;pwned\u0007', // window title
  '\u001b[2J', // clear the screen
  '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', // OSC 8 hidden link
  '\rR-20261101-AAAAAAAA  2026-11-01 08:00Z  actioned', // a fake row drawn over the real one
  '\u009b31m', // C1 CSI
  '\u202egnp.exe', // bidi override
  '\u2066isolate\u2069',
].join(' ');

const stores: Array<[string, () => Promise<ReportStore>, () => string[]]> = [
  [
    'the file store',
    async () => new FileReportStore(join(scratch.dir, 'reports.jsonl')),
    () => ['--file', join(scratch.dir, 'reports.jsonl')],
  ],
  ['PostgreSQL', () => PostgresReportStore.open(postgres.url), () => ['--database-url', postgres.url]],
];

for (const [name, open, flags] of stores) {
  describe(`folio-reports on ${name}, with hostile text stored`, () => {
    let hostileId: string;
    before(async () => {
      const store = await open();
      hostileId = (
        await store.save(
          report({ description: HOSTILE, page: { url: 'https://news.example.cn/news/1040.html', title: HOSTILE } }),
          { receivedAt: new Date('2026-11-02T08:00:00Z') },
        )
      ).id;
      await store.close?.();
    });

    test('list, show, export (JSON Lines and CSV) and errors print no control or bidi character raw', () => {
      for (const args of [
        ['list'],
        ['list', '--json'],
        ['show', hostileId],
        ['export'],
        ['export', '--format', 'csv'],
      ]) {
        const result = cli([...args, ...flags()]);
        assert.equal(result.code, 0, `${args.join(' ')}: ${result.err}`);
        // The table's rows are lines: none may hold a line break, a CR or any other control of its own.
        const table = args[0] === 'list' && !args.includes('--json');
        const text = result.out.replace(/\r\n/g, '\n'); // the CSV's own record separators
        for (const line of table ? text.split('\n') : [text])
          assert.doesNotMatch(
            line,
            table ? CONTROL_OR_BREAK : CONTROL,
            `${args.join(' ')} printed a control character`,
          );
        assert.doesNotMatch(result.err, CONTROL_OR_BREAK);
      }
      const shown = JSON.parse(cli(['show', hostileId, ...flags()]).out);
      assert.equal(shown.report.description, HOSTILE, 'the JSON is escaped, not changed');
      const missing = cli(['show', `R-\u001b[2J\u202e`, ...flags()]);
      assert.equal(missing.code, 1);
      assert.doesNotMatch(missing.err, /[\u001b\u202e]/);
    });

    test('an id is found whatever its case, and with O for 0 or I and L for 1, as read out over the phone', () => {
      const spoken = hostileId.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
      const shown = cli(['show', spoken, ...flags()]);
      assert.equal(shown.code, 0, shown.err);
      assert.equal(JSON.parse(shown.out).id, hostileId);
      assert.equal(cli(['set-status', hostileId.toLowerCase(), 'reviewing', ...flags()]).code, 0);
    });
  });
}

describe('records that are not reports', () => {
  test('a file line without a page (or a reason) is skipped with a warning; list and export work', async () => {
    const file = join(scratch.dir, 'broken.jsonl');
    const store = new FileReportStore(file);
    const kept = await store.save(report(), { receivedAt: new Date('2026-11-01T08:00:00Z') });
    await store.close();
    appendFileSync(
      file,
      `${JSON.stringify({ v: 1, type: 'report', id: 'R-20261102-NOPAGE00', receivedAt: '2026-11-02T08:00:00.000Z', report: { idempotencyKey: 'k-without-page', reason: 'other' } })}\n` +
        `${JSON.stringify({ v: 1, type: 'report', id: 'R-\u001b[2J', receivedAt: '\u001b]0;x\u0007', report: { ...report(), idempotencyKey: 'k-hostile-id' } })}\n`,
    );
    for (const args of [['list'], ['export'], ['export', '--format', 'csv']]) {
      const result = cli([...args, '--file', file]);
      assert.equal(result.code, 0, `${args.join(' ')}: ${result.err}`);
      assert.match(result.out, new RegExp(kept.id));
      assert.match(result.err, /:2: not a report \(no page\.url\)/);
      assert.doesNotMatch(result.out + result.err, /[\u001b\u0007]/);
    }
  });

  test('a PostgreSQL row without a page is skipped with a warning', async () => {
    const url = postgres.url;
    const store = await PostgresReportStore.open(url);
    const kept = await store.save(report(), { receivedAt: new Date() });
    await store.close();
    const client = new pg.Client(url);
    await client.connect();
    await client.query(
      `INSERT INTO reports (id, idempotency_key, received_at, reason, page_url, payload) VALUES ('R-20261102-NOPAGE01', 'k-pg-no-page', now(), 'other', '', '{"reason":"other"}')`,
    );
    await client.end();
    const result = cli(['list', '--database-url', url]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, new RegExp(kept.id));
    assert.match(result.err, /R-20261102-NOPAGE01: not a report \(no page\.url\)/);
  });
});

describe('attachments are what they claim to be, under a plain base name', () => {
  test('a file whose first bytes are not of its declared type is refused; names are reduced to safe base names', async () => {
    const store = new FileReportStore(join(scratch.dir, 'files.jsonl'));
    const server = await serve(createReportHandler({ store }));
    try {
      const withFile = (name: string, type: string, bytes: string | Buffer) => {
        const claim = copyrightReport();
        claim.claim!.attachments = [{ name, type, data: Buffer.from(bytes).toString('base64') }];
        return claim;
      };
      const svg = withFile(
        'x.png',
        'image/png',
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      );
      const html = withFile('x.pdf', 'application/pdf', '<!doctype html><script>alert(1)</script>');
      for (const hostile of [svg, html]) {
        const response = await post(server.url, hostile);
        assert.equal(response.status, 422);
        assert.deepEqual(Object.keys(((await response.json()) as { errors: object }).errors), ['claim.attachments']);
      }
      const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 1)]);
      const names: Array<[string, string]> = [
        ['../../../etc/cron.d/x', 'x'],
        ['C:\\Users\\a\\proof.pdf', 'proof.pdf'],
        ['scan\u001b[2J\r\u0000.pdf', 'scan[2J.pdf'],
        ['<img src=x onerror=alert(1)>.pdf', 'img src=x onerror=alert(1).pdf'],
        ['\u202efdp.exe', 'fdp.exe'],
        ['..', 'attachment'],
      ];
      for (const [name, safe] of names) {
        const response = await post(server.url, withFile(name, 'application/pdf', pdf));
        assert.equal(response.status, 201, name);
        const { id } = (await response.json()) as { id: string };
        assert.equal((await store.get(id))!.report.claim!.attachments![0]!.name, safe);
      }
    } finally {
      await server.close();
      await store.close();
    }
  });
});
