// `folio-reports reactions top|show`, run as a child process (through tsx) on both reaction stores.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { FileReactionStore } from '../../src/server/index.js';
import type { ReactionStore, ReactionTotal } from '../../src/server/reaction-store.js';
import { PostgresReactionStore } from '../../src/server/postgres/index.js';
import { startPostgres, type TestPostgres } from './support/postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'folio-cli-reactions-'));
const file = join(folder, 'reactions.jsonl');
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
  for (const name of ['FOLIO_REPORTS_DATABASE_URL', 'FOLIO_REPORTS_FILE', 'FOLIO_REACTIONS_FILE']) delete clean[name];
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...clean, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const PAGE = 'https://news.example.cn/news/1040.html';
const OTHER = 'https://news.example.cn/news/7.html';
// Stores keep what the endpoint hands them; a file anyone may edit can hold worse. Never printed raw.
const HOSTILE = 'https://news.example.cn/x\u001b]0;pwned\u0007\u202e';
const reader = (n: number) => `reader-${String(n).padStart(12, '0')}`;

/** 3 likes and 1 love on PAGE, 2 likes on HOSTILE, 1 like on OTHER that was then undone, and 1 more on OTHER. */
async function seed(store: ReactionStore) {
  const at = new Date('2026-12-01T08:00:00Z');
  const press = (page: string, kind: string, n: number, on = true) =>
    store.set({ page, kind, reader: reader(n), on, at });
  for (const n of [1, 2, 3]) await press(PAGE, 'like', n);
  await press(PAGE, 'love', 1);
  await press(PAGE, 'like', 1); // a retry: never counted twice
  for (const n of [4, 5]) await press(HOSTILE, 'like', n);
  await press(OTHER, 'like', 6);
  await press(OTHER, 'like', 6, false);
  await press(OTHER, 'like', 7);
  await store.close?.();
}

const stores: {
  name: string;
  open: () => Promise<ReactionStore>;
  flags: () => string[];
  env: () => Record<string, string>;
}[] = [
  {
    name: 'the JSON Lines file store',
    open: async () => new FileReactionStore(file),
    flags: () => ['--file', file],
    env: () => ({ FOLIO_REACTIONS_FILE: file }),
  },
  {
    name: 'the PostgreSQL store',
    open: () => PostgresReactionStore.open(postgres!.url),
    flags: () => ['--database-url', postgres!.url],
    env: () => ({ FOLIO_REPORTS_DATABASE_URL: postgres!.url }),
  },
];

for (const kind of stores) {
  describe(`folio-reports reactions on ${kind.name}`, () => {
    const run = (...args: string[]) => cli(['reactions', ...args, ...kind.flags()]);

    before(async () => seed(await kind.open()));

    test('top: pages by total, most first, with their kinds; --limit; --json', () => {
      const top = run('top');
      assert.equal(top.code, 0, top.err);
      const lines = top.out.trim().split('\n');
      assert.match(lines[0]!, /^TOTAL\s+KINDS\s+PAGE$/);
      assert.match(lines[1]!, /^4\s+like 3, love 1\s+https:\/\/news\.example\.cn\/news\/1040\.html$/);
      assert.match(lines[2]!, /^2\s+like 2\s+https:\/\/news\.example\.cn\/x\\u001b\]0;pwned\\u0007\\u202e$/);
      assert.match(lines[3]!, /^1\s+like 1\s+https:\/\/news\.example\.cn\/news\/7\.html$/);
      assert.equal(lines.length, 4);

      const json = run('top', '--limit', '2', '--json');
      assert.equal(json.code, 0, json.err);
      assert.deepEqual(JSON.parse(json.out) as ReactionTotal[], [
        { page: PAGE, counts: { like: 3, love: 1 }, total: 4 },
        { page: HOSTILE, counts: { like: 2 }, total: 2 },
      ]);
    });

    test('nothing a file or a reader supplied reaches the terminal raw', () => {
      for (const out of [run('top').out, run('top', '--json').out]) {
        assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
        assert.match(out, /\\u001b/);
      }
    });

    test('show: one page per kind, found however its URL is typed; a page without reactions', () => {
      const shown = run('show', 'HTTPS://News.Example.cn:443/news/%31040.html#comments');
      assert.equal(shown.code, 0, shown.err);
      assert.match(
        shown.out.trim().split('\n')[1]!,
        /^4\s+like 3, love 1\s+https:\/\/news\.example\.cn\/news\/1040\.html$/,
      );
      assert.deepEqual(JSON.parse(run('show', PAGE, '--json').out), {
        page: PAGE,
        counts: { like: 3, love: 1 },
        total: 4,
      });
      const none = run('show', 'https://news.example.cn/never-read.html');
      assert.deepEqual([none.code, none.out], [0, 'No reactions.\n']);
    });

    test('the store may come from the environment', () => {
      const top = cli(['reactions', 'top', '--limit', '1'], kind.env());
      assert.equal(top.code, 0, top.err);
      assert.match(top.out, /^TOTAL.*\n4\s/);
    });

    test('wrong usage exits 2 before the store is opened', () => {
      for (const args of [
        [],
        ['count'],
        ['show'],
        ['show', 'javascript:alert(1)'],
        ['top', 'x'],
        ['top', '--limit', '0'],
        ['top', '--status', 'new'],
      ]) {
        const result = run(...args);
        assert.equal(result.code, 2, `${args.join(' ')}: ${result.err}`);
        assert.match(result.err, /^folio-reports: .*\nRun folio-reports --help/);
      }
    });
  });
}

test('reactions: a missing file is a usage error, not "no reactions"', () => {
  const result = cli(['reactions', 'top', '--file', join(folder, 'typo.jsonl')]);
  assert.equal(result.code, 2);
  assert.match(result.err, /no reactions file at .*typo\.jsonl/);
  assert.match(cli(['reactions', 'top']).err, /FOLIO_REACTIONS_FILE/);
});

test('--help lists the reactions commands', () => {
  assert.match(cli(['--help']).out, /reactions top \[--limit N\][\s\S]*reactions show PAGE/);
});
