// `npm run bench`: every benchmark section, side by side in one run.
//
//   npm run bench                        every default section; writes bench/results.json and the README tables
//   npm run bench -- --only upgrade,ssr  some sections (the others keep their last recorded figures)
//   npm run bench -- --quick             few runs, for development and a smoke check; writes nothing
//   npm run bench -- --quick --write     …and writes anyway
//   npm run bench -- --all               the default sections and the opt-in ones (reports, reactions)
//
// Each section (bench/sections/<name>.ts, contract in bench/support/section.ts)
// measures one thing and returns tables, notes and its raw figures. This file
// only chooses sections, makes sure dist/ is current, describes the machine,
// prints the tables and records them: bench/results.json holds every
// section's raw figures with the date and load it ran under, and the block
// between the markers in bench/README.md is regenerated from that file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchSection, SectionName, SectionResult } from './support/section.js';
import { markdownTable } from './support/table.js';

// scripts/find-chromium.mjs is plain JavaScript without a declaration file;
// the specifier goes through a variable so TypeScript takes the shape given here.
const FIND_CHROMIUM = '../scripts/find-chromium.mjs';
const { findChromium } = (await import(FIND_CHROMIUM)) as { findChromium(options?: { install?: boolean }): string };

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

/** In the order they run: sizes first (no timing, no load), the reports bench last (it starts a database). */
const SECTIONS: SectionName[] = ['sizes', 'upgrade', 'scaling', 'ssr', 'lighthouse', 'reports', 'reactions'];
/** Sections left out unless named, and why. */
const OPT_IN: Partial<Record<SectionName, string>> = {
  reports:
    'measures the report endpoint, not the components, and needs PostgreSQL (a throwaway cluster, a minute or more): run it with --only reports or --all',
  reactions:
    'measures the reactions endpoint against the report endpoint, and needs PostgreSQL: run it with --only reactions or --all',
};
/** Sections that measure the production build in dist/. */
const NEEDS_DIST: SectionName[] = ['sizes', 'upgrade', 'scaling', 'lighthouse'];

const RESULTS_FILE = 'bench/results.json';
const README = 'bench/README.md';
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

interface Machine {
  cpu: string;
  cpus: number;
  memoryGiB: number;
  node: string;
  chromium: string | null;
  platform: string;
}

interface SectionRecord {
  title: string;
  date: string;
  quick: boolean;
  /** os.loadavg() (1, 5, 15 minutes) before and after the section ran. */
  load: { before: number[]; after: number[] };
  seconds: number;
  tables: SectionResult['tables'];
  notes: string[];
  data: unknown;
  /** Set when the section threw: its error message. */
  failed?: string;
}

interface Results {
  machine: Machine;
  date: string;
  /** os.loadavg() when the run started. */
  load: number[];
  sections: Partial<Record<SectionName, SectionRecord>>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const args = parseArgs(process.argv.slice(2));
const selected = chooseSections(args);

if (selected.some((name) => NEEDS_DIST.includes(name))) ensureBuild();

const machine = describeMachine();
log(
  `Machine: ${machineLine(machine)}; load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
const previous = readResults();
const results: Results = {
  machine,
  date: new Date().toISOString(),
  load: round(loadavg()),
  sections: { ...previous?.sections },
};

let failed = false;
for (const name of selected) {
  log(`\n== ${name}${args.quick ? ', quick' : ''}`);
  const before = loadavg();
  const started = performance.now();
  try {
    const section = await loadSection(name);
    log(`   ${section.title}`);
    const result = await section.run({ quick: args.quick, log: (line) => log(`  [${name}] ${line}`) });
    const record: SectionRecord = {
      title: section.title,
      date: new Date().toISOString(),
      quick: args.quick,
      load: { before: round(before), after: round(loadavg()) },
      seconds: Math.round((performance.now() - started) / 100) / 10,
      ...result,
    };
    results.sections[name] = record;
    console.log(`\n${sectionMarkdown(name, record)}\n`);
  } catch (error) {
    // One broken section must not cost the others their figures; the exit code still says so,
    // and the record says so too, rather than leave the last run's figures looking current.
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    log(`  [${name}] FAILED: ${error instanceof Error ? (error.stack ?? message) : message}`);
    results.sections[name] = {
      title: results.sections[name]?.title ?? name,
      date: new Date().toISOString(),
      quick: args.quick,
      load: { before: round(before), after: round(loadavg()) },
      seconds: Math.round((performance.now() - started) / 100) / 10,
      tables: [],
      notes: [`FAILED in this run, so no figures: ${message.split('\n')[0]}`],
      data: null,
      failed: message,
    };
  }
}

if (args.quick && !args.write) {
  log('\n--quick: figures printed, not written (pass --write to record them).');
} else {
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  writeReadme(results);
  log(`\nWrote ${RESULTS_FILE} and the tables in ${README}.`);
}
process.exit(failed ? 1 : 0);

// ---------------------------------------------------------------------------

function parseArgs(argv: string[]): { quick: boolean; write: boolean; all: boolean; only?: string[] } {
  const parsed: { quick: boolean; write: boolean; all: boolean; only?: string[] } = {
    quick: false,
    write: false,
    all: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') parsed.quick = true;
    else if (arg === '--write') parsed.write = true;
    else if (arg === '--all') parsed.all = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) usage('--only needs a comma-separated list of sections');
      parsed.only = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else usage(`unknown option ${arg}`);
  }
  return parsed;
}

function usage(problem: string): never {
  console.error(
    `bench: ${problem}\nUsage: npm run bench -- [--only ${SECTIONS.join(',')}] [--quick [--write]] [--all]`,
  );
  process.exit(2);
}

function sectionFile(name: SectionName): string {
  return `bench/sections/${name}.ts`;
}

function chooseSections(options: ReturnType<typeof parseArgs>): SectionName[] {
  if (options.only) {
    const unknown = options.only.filter((name) => !SECTIONS.includes(name as SectionName));
    if (unknown.length) usage(`no section named ${unknown.join(', ')}`);
    const missing = options.only.filter((name) => !existsSync(sectionFile(name as SectionName)));
    if (missing.length)
      usage(`${missing.map((name) => sectionFile(name as SectionName)).join(', ')} does not exist yet`);
    // The order of SECTIONS, whatever the order asked for.
    return SECTIONS.filter((name) => options.only!.includes(name));
  }
  return SECTIONS.filter((name) => {
    if (!existsSync(sectionFile(name))) {
      log(`(section ${name}: ${sectionFile(name)} does not exist; left out)`);
      return false;
    }
    if (OPT_IN[name] && !options.all) {
      log(`(section ${name}: left out by default: it ${OPT_IN[name]})`);
      return false;
    }
    return true;
  });
}

async function loadSection(name: SectionName): Promise<BenchSection> {
  const section = ((await import(`./sections/${name}.ts`)) as { default?: BenchSection }).default;
  if (!section || typeof section.run !== 'function')
    throw new Error(`${sectionFile(name)} must export its BenchSection as default`);
  return section;
}

/** Newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The benches measure the production build: build it when it is missing or older than a source file. */
function ensureBuild(): void {
  const built = existsSync('dist/folio.js') ? statSync('dist/folio.js').mtimeMs : 0;
  const sources = Math.max(
    newest('src'),
    statSync('scripts/build.mjs').mtimeMs,
    statSync('scripts/minify-templates.mjs').mtimeMs,
  );
  if (built >= sources) {
    log('dist/ is current (dist/folio.js is newer than every file in src/).');
    return;
  }
  log(built ? 'dist/ is older than src/: running npm run build…' : 'dist/ is missing: running npm run build…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error('bench: npm run build failed; nothing was measured.');
    process.exit(1);
  }
}

function describeMachine(): Machine {
  let chromium: string | null = null;
  try {
    chromium = execFileSync(findChromium({ install: false }), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // No Chromium: the browser sections say so themselves.
  }
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cpus: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.versions.node,
    chromium,
    platform: `${process.platform} ${process.arch}`,
  };
}

function machineLine(m: Machine): string {
  return `${m.cpus} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, ${m.chromium ?? 'no Chromium found'}`;
}

function round(values: number[]): number[] {
  return values.map((n) => Math.round(n * 100) / 100);
}

function readResults(): Results | undefined {
  if (!existsSync(RESULTS_FILE)) return undefined;
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Results;
  } catch {
    log(`(${RESULTS_FILE} is not valid JSON; starting afresh)`);
    return undefined;
  }
}

function sectionMarkdown(name: SectionName, record: SectionRecord): string {
  const when = `${record.date.slice(0, 16).replace('T', ' ')} UTC, ${record.seconds} s, load ${record.load.before[0]} → ${record.load.after[0]}${record.quick ? ', quick run' : ''}`;
  return [
    `### ${record.title}`,
    `<sub>\`--only ${name}\` · ${when}</sub>`,
    ...record.tables.map((table) => markdownTable(table)),
    record.notes.map((note) => `- ${note}`).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function writeReadme(all: Results): void {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    log(`(${README} has no ${START} … ${END} block; the tables were not written there)`);
    return;
  }
  const blocks = SECTIONS.flatMap((name) => (all.sections[name] ? [sectionMarkdown(name, all.sections[name]!)] : []));
  const body = [
    `Machine: ${machineLine(all.machine)}. Last run ${all.date.slice(0, 16).replace('T', ' ')} UTC.`,
    ...blocks,
  ].join('\n\n');
  // Blank lines around the block, as Prettier writes Markdown (CI checks the format).
  writeFileSync(README, `${text.slice(0, start + START.length)}\n\n${body}\n\n${text.slice(end)}`);
}
