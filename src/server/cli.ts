#!/usr/bin/env node
/// <reference types="node" />
/**
 * `folio-reports`: what a site's staff use to read and triage reports until
 * their CMS reads the store itself, and to see which pages readers react to.
 * Works on either store: PostgreSQL (`--database-url` /
 * `FOLIO_REPORTS_DATABASE_URL`) or the JSON Lines file (`--file` /
 * `FOLIO_REPORTS_FILE`, or `FOLIO_REACTIONS_FILE` for `reactions`).
 *
 * Exit codes: 0 done, 1 no such report, 2 wrong usage, 3 the store failed.
 *
 * Everything printed that a reader wrote or a file holds (text, ids, times,
 * error messages) goes through terminal.ts: no control or bidi character
 * reaches the terminal raw.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isHttpUrl, normalizePageUrl } from '../report/checks.js';
import { REPORT_FIELD_TABLE, valueAt } from '../report/fields.js';
import type { ReactionStore, ReactionTotal } from './reaction-store.js';
import { reactionStoreFromEnv, storeFromEnv } from './store-from-env.js';
import { cellText, terminalJson, terminalText } from './terminal.js';
import { isReportStatus, type ReportQuery, type ReportStore, type ReportSummary } from './store.js';

const HELP = `folio-reports: read and triage the reports sent with <folio-report-dialog>

Usage:
  folio-reports list [filters] [--json]      reports, newest first
  folio-reports show ID                      one report, in full
  folio-reports export [filters] [--format jsonl|csv]
  folio-reports set-status ID reviewing|actioned|rejected
  folio-reports delete ID...                 delete reports for good: text, files, address hash
  folio-reports delete --older-than DAYS     delete every report received more than DAYS days ago (retention)
  folio-reports reactions top [--limit N] [--json]   the pages with the most reactions (default 20)
  folio-reports reactions show PAGE [--json]         one page's reactions, per kind

Filters (list, export):
  --status new|reviewing|actioned|rejected
  --reason CODE                              e.g. copyright, illegal, misinformation, other
  --since DATE   --until DATE                received at or after / before (ISO 8601: 2026-11-01 or 2026-11-01T08:00Z)
  --limit N                                  at most N reports

The store (one of):
  --database-url URL   or FOLIO_REPORTS_DATABASE_URL   PostgreSQL (needs the pg package)
  --file PATH          or FOLIO_REPORTS_FILE           the JSON Lines file of FileReportStore
                       or FOLIO_REACTIONS_FILE         (reactions) the JSON Lines file of FileReactionStore

Exit codes: 0 done, 1 no such report, 2 wrong usage, 3 the store failed.
`;

const SETTABLE_STATUSES = ['reviewing', 'actioned', 'rejected'] as const;

class UsageError extends Error {}

interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};

/** Runs one command; resolves to the exit code. */
async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'database-url': { type: 'string' },
        file: { type: 'string' },
        status: { type: 'string' },
        reason: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
        'older-than': { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`folio-reports: ${terminalText((error as Error).message)}\nRun folio-reports --help for the usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || command === 'help') {
    io.out(HELP);
    return 0;
  }

  let store: ReportStore | ReactionStore | undefined;
  try {
    if (command === 'reactions') {
      const run = reactionsCommandFor(args, values);
      const reactions = await openReactionStore(values, io);
      store = reactions;
      return await run(reactions, io);
    }
    const run = commandFor(command, args, values);
    const reports = await openStore(values, io);
    store = reports;
    return await run(reports, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`folio-reports: ${terminalText(error.message)}\nRun folio-reports --help for the usage.\n`);
      return 2;
    }
    io.err(`folio-reports: the store failed: ${terminalText((error as Error).message)}\n`);
    return 3;
  } finally {
    await store?.close?.().catch(() => {});
  }
}

type Values = Record<string, string | boolean | undefined>;
type Command = (store: ReportStore, io: CliIo) => Promise<number>;

/** Checks the arguments before any store is opened, so usage errors never touch the data. */
function commandFor(command: string | undefined, args: string[], values: Values): Command {
  const expectArgs = (count: number, names: string) => {
    if (args.length !== count) throw new UsageError(`${command} takes ${names}`);
  };
  switch (command) {
    case 'list': {
      expectArgs(0, 'no arguments besides the filters');
      const query = queryFrom(values);
      return async (store, io) => {
        const reports = await store.list(query);
        io.out(values.json ? `${terminalJson(reports, 2)}\n` : table(reports));
        return 0;
      };
    }
    case 'show': {
      expectArgs(1, 'one report id');
      return async (store, io) => {
        const report = await store.get(args[0]!);
        if (!report) return notFound(io, args[0]!);
        io.out(`${terminalJson(report, 2)}\n`);
        return 0;
      };
    }
    case 'export': {
      expectArgs(0, 'no arguments besides the filters and --format');
      const format = (values.format as string | undefined) ?? 'jsonl';
      if (format !== 'jsonl' && format !== 'csv')
        throw new UsageError(`--format must be jsonl or csv, not ${JSON.stringify(format)}`);
      const query = queryFrom(values);
      return async (store, io) => {
        const reports = await store.list(query);
        if (format === 'csv') io.out(toCsv(reports));
        // One report at a time, with its files: memory holds one report, not the export.
        else for (const { id } of reports) io.out(`${terminalJson(await store.get(id))}\n`);
        return 0;
      };
    }
    case 'set-status': {
      expectArgs(2, `an id and a status (${SETTABLE_STATUSES.join(', ')})`);
      const [id, status] = args as [string, string];
      if (!(SETTABLE_STATUSES as readonly string[]).includes(status) || !isReportStatus(status)) {
        throw new UsageError(
          `the status must be one of ${SETTABLE_STATUSES.join(', ')}, not ${JSON.stringify(status)}`,
        );
      }
      return async (store, io) => {
        const updated = await store.setStatus(id, status);
        if (!updated) return notFound(io, id);
        io.out(`${terminalText(updated.id)}: ${updated.status}\n`);
        return 0;
      };
    }
    case 'delete': {
      const olderThan = values['older-than'] as string | undefined;
      if ((olderThan === undefined) === (args.length === 0))
        throw new UsageError('delete takes report ids, or --older-than DAYS (not both)');
      if (olderThan !== undefined && !/^\d+$/.test(olderThan))
        throw new UsageError(`--older-than must be a whole number of days, not ${JSON.stringify(olderThan)}`);
      return async (store, io) => {
        if (!store.delete) throw new Error('this store cannot delete reports');
        const ids =
          olderThan === undefined
            ? args
            : (await store.list({ until: new Date(Date.now() - Number(olderThan) * 86_400_000) })).map((r) => r.id);
        let missing = 0;
        for (const id of ids) {
          if (await store.delete(id)) io.out(`${terminalText(id)}: deleted\n`);
          else missing += notFound(io, id);
        }
        if (olderThan !== undefined) io.out(`${ids.length} report(s) older than ${olderThan} days deleted.\n`);
        return missing ? 1 : 0;
      };
    }
    case undefined:
      throw new UsageError('a command is missing (list, show, export, set-status, delete or reactions)');
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

function notFound(io: CliIo, id: string): number {
  io.err(`folio-reports: no report with id ${terminalText(id)}\n`);
  return 1;
}

function queryFrom(values: Values): ReportQuery {
  const query: ReportQuery = {};
  if (values.status !== undefined) {
    if (!isReportStatus(values.status))
      throw new UsageError(
        `--status must be new, reviewing, actioned or rejected, not ${JSON.stringify(values.status)}`,
      );
    query.status = values.status;
  }
  if (typeof values.reason === 'string') query.reason = values.reason;
  if (typeof values.since === 'string') query.since = dateOption('--since', values.since);
  if (typeof values.until === 'string') query.until = dateOption('--until', values.until);
  if (typeof values.limit === 'string') query.limit = limitOption(values.limit);
  return query;
}

function limitOption(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--limit must be a whole number above 0, not ${JSON.stringify(text)}`);
  return Number(text);
}

type ReactionCommand = (store: ReactionStore, io: CliIo) => Promise<number>;

/** `reactions top` and `reactions show PAGE`, checked before the store is opened. */
function reactionsCommandFor([sub, ...args]: string[], values: Values): ReactionCommand {
  for (const name of ['status', 'reason', 'since', 'until', 'format', 'older-than'])
    if (values[name] !== undefined) throw new UsageError(`reactions does not take --${name}`);
  switch (sub) {
    case 'top': {
      if (args.length) throw new UsageError('reactions top takes no arguments besides --limit');
      const limit = typeof values.limit === 'string' ? limitOption(values.limit) : 20;
      return async (store, io) => {
        const pages = await store.top(limit);
        io.out(values.json ? `${terminalJson(pages, 2)}\n` : reactionTable(pages));
        return 0;
      };
    }
    case 'show': {
      if (args.length !== 1 || values.limit !== undefined) throw new UsageError('reactions show takes one page URL');
      // The stores keep pages normalized, as the endpoint took them: find the page however it is typed.
      if (!isHttpUrl(args[0]!)) throw new UsageError(`the page must be an http(s) URL, not ${JSON.stringify(args[0])}`);
      const page = normalizePageUrl(args[0]!);
      return async (store, io) => {
        const { counts } = await store.get(page);
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
        io.out(
          values.json ? `${terminalJson({ page, counts, total }, 2)}\n` : reactionTable([{ page, counts, total }]),
        );
        return 0;
      };
    }
    case undefined:
      throw new UsageError('reactions needs top or show PAGE');
    default:
      throw new UsageError(`unknown reactions command ${JSON.stringify(sub)}`);
  }
}

function dateOption(name: string, text: string): Date {
  // Only ISO 8601: Date.parse would also take "11/12/2026", whose day and month depend on who reads it.
  const date = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)
    ? new Date(text)
    : new Date(NaN);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(
      `${name} must be an ISO 8601 date such as 2026-11-01 or 2026-11-01T08:00Z, not ${JSON.stringify(text)}`,
    );
  return date;
}

/** Where the store is: a database URL, or a file that exists (`fileVariable` names its environment variable). */
function storeLocation(values: Values, env: CliIo['env'], fileVariable: string, what: string) {
  const url = (values['database-url'] as string | undefined) ?? undefined;
  const file = (values.file as string | undefined) ?? undefined;
  if (url && file) throw new UsageError('give --database-url or --file, not both');
  const databaseUrl = url ?? (file ? undefined : env.FOLIO_REPORTS_DATABASE_URL);
  if (databaseUrl) return { env: { FOLIO_REPORTS_DATABASE_URL: databaseUrl }, filePath: '' };
  const filePath = file ?? env[fileVariable];
  if (!filePath)
    throw new UsageError(
      `no store: give --database-url URL or --file PATH (or set FOLIO_REPORTS_DATABASE_URL or ${fileVariable})`,
    );
  // The file store would create a missing file on its first write: a typo must not look like "no reports".
  if (!existsSync(filePath)) throw new UsageError(`no ${what} file at ${filePath}`);
  return { env: {}, filePath };
}

const warnTo = (err: CliIo['err']) => (message: string) => err(`folio-reports: ${terminalText(message)}\n`);

async function openStore(values: Values, { env, err }: CliIo): Promise<ReportStore> {
  const where = storeLocation(values, env, 'FOLIO_REPORTS_FILE', 'reports');
  return storeFromEnv(where.env, { filePath: where.filePath, warn: warnTo(err) });
}

async function openReactionStore(values: Values, { env, err }: CliIo): Promise<ReactionStore> {
  const where = storeLocation(values, env, 'FOLIO_REACTIONS_FILE', 'reactions');
  return reactionStoreFromEnv(where.env, { filePath: where.filePath, warn: warnTo(err) });
}

/** A plain-text table for a terminal: one line per report, the fields staff triage by. */
function table(reports: ReportSummary[]): string {
  if (!reports.length) return 'No reports.\n';
  const rows = reports.map((r) =>
    [
      r.id,
      r.receivedAt.slice(0, 16).replace('T', ' ') + 'Z',
      r.throttled ? `${r.status} (throttled)` : r.status,
      r.report.reason,
      r.report.page.url,
    ].map(terminalText),
  );
  return columns(['ID', 'RECEIVED (UTC)', 'STATUS', 'REASON', 'PAGE'], rows);
}

/** Rows of escaped cells under a header, in columns; the last column (a URL) is not padded. */
function columns(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

/** One line per page: its total, its count per kind, the page. */
function reactionTable(pages: ReactionTotal[]): string {
  if (!pages.length || !pages.some((p) => p.total)) return 'No reactions.\n';
  const rows = pages.map((p) =>
    [
      String(p.total),
      Object.entries(p.counts)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', '),
      p.page,
    ].map(terminalText),
  );
  return columns(['TOTAL', 'KINDS', 'PAGE'], rows);
}

/** A field's column name: its path without `claim.`, in snake_case (`contact_email`, `claimant_phone`, `good_faith`). */
function columnName(path: string): string {
  return path
    .replace(/^claim\./, '')
    .replace(/\./g, '_')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A field's value as one cell: lists one item per line, files by name and type, statements as `true`. */
function fieldCell(value: unknown): string {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : `${item.name} (${item.type})`)).join('\n');
  return value === undefined ? '' : String(value);
}

/** The CSV's columns: the store's own, then every field of the table in its order, then the client hash. */
const CSV_COLUMNS: [string, (r: ReportSummary) => string][] = [
  ['id', (r) => r.id],
  ['received_at', (r) => r.receivedAt],
  ['status', (r) => r.status],
  ['status_changed_at', (r) => r.statusChangedAt ?? ''],
  ['throttled', (r) => (r.throttled ? 'true' : '')],
  ...REPORT_FIELD_TABLE.map((field): [string, (r: ReportSummary) => string] => [
    columnName(field.path),
    (r) => fieldCell(valueAt(r.report, field.path)),
  ]),
  ['client_hash', (r) => r.clientAddressHash ?? ''],
];

/**
 * RFC 4180 CSV (CRLF, fields with a quote, comma or line break quoted, quotes
 * doubled), with a BOM so spreadsheet programs read it as UTF-8. Line breaks
 * in a cell are LF; other controls and bidi characters are escaped. Readers type
 * these texts, and staff open the file in a spreadsheet: a cell that starts
 * like a formula (= + - @, tab, CR) gets a leading apostrophe so it stays text.
 */
function toCsv(reports: ReportSummary[]): string {
  const cell = (value: string) => {
    const text = cellText(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [
    CSV_COLUMNS.map(([name]) => name).join(','),
    ...reports.map((r) => CSV_COLUMNS.map(([, get]) => cell(get(r))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// `folio-reports | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
