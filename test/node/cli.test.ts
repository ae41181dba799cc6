// The folio-reports command, run as a child process (through tsx) on both stores.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileReportStore, type ReportStore, type StoredReport } from '../../src/server/index.js';
import { PostgresReportStore } from '../../src/server/postgres/index.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';
import { report } from './support/reports.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'folio-cli-'));
let postgres: TestPostgres | undefined;

before(async () => {
  postgres = await startPostgres();
});
after(() => {
  postgres?.stop();
  rmSync(folder, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.FOLIO_REPORTS_DATABASE_URL;
  delete clean.FOLIO_REPORTS_FILE;
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

const stores: {
  name: string;
  open: () => Promise<ReportStore>;
  flags: () => string[];
  env: () => Record<string, string>;
}[] = [
  {
    name: 'the JSON Lines file store',
    open: async () => new FileReportStore(join(folder, 'reports.jsonl')),
    flags: () => ['--file', join(folder, 'reports.jsonl')],
    env: () => ({ FOLIO_REPORTS_FILE: join(folder, 'reports.jsonl') }),
  },
  {
    name: 'the PostgreSQL store',
    open: () => PostgresReportStore.open(postgres!.url),
    flags: () => ['--database-url', postgres!.url],
    env: () => ({ FOLIO_REPORTS_DATABASE_URL: postgres!.url }),
  },
];

for (const kind of stores) {
  describe(`folio-reports on ${kind.name}`, () => {
    let seeded: StoredReport[];
    const run = (...args: string[]) => cli([...args, ...kind.flags()]);

    before(async () => {
      const store = await kind.open();
      const at = (iso: string) => ({ receivedAt: new Date(iso), clientAddressHash: 'a'.repeat(64) });
      const ids = [
        (await store.save(report({ reason: 'illegal', description: 'Plain text.' }), at('2026-11-01T08:00:00Z'))).id,
        (
          await store.save(
            report({
              reason: 'copyright',
              description: '抄袭了我的文章, "原文" 在下面\n第二行',
              contact: { name: '李雷', email: 'li.lei@example.cn' },
              claim: {
                claimant: { name: '李雷', address: '北京市海淀区某路1号', phone: '+86 10 1234 5678' },
                work: { title: '原创文章', url: 'https://blog.example.cn/original' },
                evidence: ['https://blog.example.cn/original', 'https://archive.example.org/x'],
                goodFaith: true,
                accurate: true,
                authorized: true,
                signature: '李雷',
              },
            }),
            at('2026-11-02T08:00:00Z'),
          )
        ).id,
        (
          await store.save(
            report({ reason: 'other', description: '=HYPERLINK("http://evil.example","click")' }),
            at('2026-11-03T08:00:00Z'),
          )
        ).id,
      ];
      seeded = await Promise.all(ids.map(async (id) => (await store.get(id))!));
      await store.close?.();
    });

    test('list: newest first, one line each, filtered by status, reason, dates and limit', () => {
      const all = run('list');
      assert.equal(all.code, 0, all.err);
      const lines = all.out.trim().split('\n');
      assert.match(lines[0]!, /^ID\s+RECEIVED \(UTC\)\s+STATUS\s+REASON\s+PAGE$/);
      assert.deepEqual(
        lines.slice(1).map((l) => l.split(/\s+/)[0]),
        [seeded[2]!.id, seeded[1]!.id, seeded[0]!.id],
      );
      assert.match(lines[1]!, /2026-11-03 08:00Z\s+new\s+other\s+https:\/\/news\.example\.cn\/news\/1040\.html$/);

      const ids = (...args: string[]) =>
        (JSON.parse(run('list', '--json', ...args).out) as StoredReport[]).map((r) => r.id);
      assert.deepEqual(ids('--reason', 'copyright'), [seeded[1]!.id]);
      assert.deepEqual(ids('--since', '2026-11-02', '--until', '2026-11-03'), [seeded[1]!.id]);
      assert.deepEqual(ids('--limit', '2'), [seeded[2]!.id, seeded[1]!.id]);
      assert.deepEqual(ids('--status', 'rejected'), []);
      assert.equal(run('list', '--status', 'rejected').out, 'No reports.\n');
    });

    test('show: the whole report; an unknown id exits 1', () => {
      const shown = run('show', seeded[1]!.id);
      assert.equal(shown.code, 0, shown.err);
      assert.deepEqual(JSON.parse(shown.out), seeded[1]);
      const missing = run('show', 'R-20261101-NOTHERE0');
      assert.equal(missing.code, 1);
      assert.match(missing.err, /no report with id R-20261101-NOTHERE0/);
    });

    test('export: JSON Lines, and CSV quoted so that commas, quotes, line breaks and formulas survive', () => {
      const jsonl = run('export');
      assert.equal(jsonl.code, 0, jsonl.err);
      assert.deepEqual(
        jsonl.out
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l)),
        [seeded[2], seeded[1], seeded[0]],
      );

      const csv = run('export', '--format', 'csv');
      assert.equal(csv.code, 0, csv.err);
      assert.ok(csv.out.startsWith('\uFEFF'), 'a BOM, so spreadsheets read UTF-8');
      const [header, ...rows] = parseCsv(csv.out.slice(1));
      assert.equal(rows.length, 3);
      const column = (row: string[], name: string) => row[header!.indexOf(name)];
      assert.equal(column(rows[1]!, 'description'), '抄袭了我的文章, "原文" 在下面\n第二行');
      assert.equal(column(rows[1]!, 'evidence'), 'https://blog.example.cn/original\nhttps://archive.example.org/x');
      assert.equal(column(rows[1]!, 'claimant_phone'), "'+86 10 1234 5678", 'a leading + would start a formula');
      assert.equal(column(rows[0]!, 'description'), `'=HYPERLINK("http://evil.example","click")`);
      assert.equal(column(rows[2]!, 'id'), seeded[0]!.id);
      assert.ok(rows.every((r) => r.length === header!.length));

      const filtered = run('export', '--format', 'csv', '--reason', 'illegal');
      assert.equal(parseCsv(filtered.out.slice(1)).length, 2);
      assert.equal(run('export', '--format', 'xml').code, 2);
    });

    test('set-status: changes the status for good; bad statuses exit 2, unknown ids 1', () => {
      const set = run('set-status', seeded[0]!.id, 'reviewing');
      assert.equal(set.code, 0, set.err);
      assert.equal(set.out, `${seeded[0]!.id}: reviewing\n`);
      const shown = JSON.parse(run('show', seeded[0]!.id).out) as StoredReport;
      assert.equal(shown.status, 'reviewing');
      assert.ok(shown.statusChangedAt);
      assert.deepEqual(
        (JSON.parse(run('list', '--json', '--status', 'reviewing').out) as StoredReport[]).map((r) => r.id),
        [seeded[0]!.id],
      );
      assert.equal(run('set-status', seeded[0]!.id, 'actioned').code, 0);
      assert.equal((JSON.parse(run('show', seeded[0]!.id).out) as StoredReport).status, 'actioned');

      assert.equal(run('set-status', seeded[0]!.id, 'deleted').code, 2);
      assert.equal(run('set-status', seeded[0]!.id).code, 2);
      assert.equal(run('set-status', 'R-20261101-NOTHERE0', 'rejected').code, 1);
    });

    test('the store can come from the environment', () => {
      const listed = cli(['list', '--json'], kind.env());
      assert.equal(listed.code, 0, listed.err);
      assert.equal((JSON.parse(listed.out) as unknown[]).length, 3);
    });
  });
}

describe('folio-reports usage', () => {
  test('--help prints the usage and exits 0', () => {
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /folio-reports list/);
    assert.match(help.out, /set-status ID reviewing\|actioned\|rejected/);
  });

  test('usage mistakes exit 2 with one line saying what is wrong', () => {
    const file = ['--file', join(folder, 'reports.jsonl')];
    const cases: [string[], RegExp][] = [
      [[...file], /a command is missing/],
      [['frobnicate', ...file], /unknown command "frobnicate"/],
      [['list', '--limit', '0', ...file], /--limit must be a whole number/],
      [['list', '--since', '11/01/2026', ...file], /--since must be an ISO 8601 date/],
      [['list', '--status', 'done', ...file], /--status must be/],
      [['list', '--bogus', ...file], /Unknown option '--bogus'/],
      [['list'], /no store/],
      [['list', '--file', join(folder, 'missing.jsonl')], /no reports file at/],
      [['list', '--database-url', 'postgres://x@127.0.0.1/x', ...file], /not both/],
    ];
    for (const [args, message] of cases) {
      const result = cli(args);
      assert.equal(result.code, 2, `${args.join(' ')} → ${result.code}: ${result.err}`);
      assert.match(result.err, message);
    }
  });

  test('an unreachable database exits 3', () => {
    const result = cli(['list', '--database-url', 'postgres://postgres@127.0.0.1:1/postgres']);
    assert.equal(result.code, 3);
    assert.match(result.err, /the store failed/);
  });
});
