// Lighthouse (the npm package) on the system Chromium against the demo's
// seed page built from the tags (B of the upgrade section, on the production
// build), with Lighthouse's default mobile settings and its desktop preset;
// the plain-HTML page (A) is run the same way as a reference.
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { loadavg } from 'node:os';
import { launchWithDevToolsPort } from '../support/browser.js';
import type { BenchSection, SectionResult } from '../support/section.js';
import { formatMs, median } from '../support/stats.js';
import { PLAIN_PATH, startSeedServer, TAGS_PATH } from './upgrade.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
] as const;

interface Preset {
  name: 'mobile' | 'desktop';
  label: string;
  config?: Config;
}
const PRESETS: Preset[] = [
  { name: 'mobile', label: 'mobile (Lighthouse default: emulated phone, simulated slow 4G and 4× CPU slowdown)' },
  {
    name: 'desktop',
    label: 'desktop (Lighthouse desktop preset: simulated cable, no CPU slowdown)',
    config: desktopConfig,
  },
];

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<(typeof METRICS)[number], number>;
  /** Audits that lost points in the accessibility, best-practices or SEO category: why a score is below 100. */
  failed: string[];
  warnings: string[];
  /** Tasks over 50 ms in the trace Lighthouse recorded (its long-tasks audit; Lighthouse's own evaluations left out), and their time beyond 50 ms. */
  longTasks: number;
  longTaskExcess: number;
}

async function audit(url: string, preset: Preset): Promise<Run> {
  const chromium = await launchWithDevToolsPort();
  try {
    const flags: Flags = { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const result = await lighthouse(url, flags, preset.config);
    const lhr: Result | undefined = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as Run['scores'];
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${category} score for ${url}`);
      scores[category] = Math.round(score * 100);
    }
    const metrics = {} as Run['metrics'];
    for (const id of METRICS) {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse measured no ${id} for ${url}`);
      metrics[id] = value;
    }
    const failed: string[] = [];
    for (const category of CATEGORIES.filter((c) => c !== 'performance')) {
      for (const ref of lhr.categories[category]!.auditRefs) {
        const result = lhr.audits[ref.id];
        if (ref.weight > 0 && result && typeof result.score === 'number' && result.score < 1)
          failed.push(`${category}: ${result.title} (${ref.id}${culprits(result)})`);
      }
    }
    const tasks = (
      (lhr.audits['long-tasks']?.details as { items?: Array<{ url?: string; duration?: number }> } | undefined)
        ?.items ?? []
    ).filter((task) => !task.url?.includes('_lighthouse-eval'));
    return {
      scores,
      metrics,
      failed,
      warnings: lhr.runWarnings,
      longTasks: tasks.length,
      longTaskExcess: tasks.reduce((sum, task) => sum + Math.max(0, (task.duration ?? 0) - 50), 0),
    };
  } finally {
    await chromium.close();
  }
}

/** The URLs or sources an audit's table names (e.g. which request logged a console error), for the notes. */
function culprits(result: Result['audits'][string]): string {
  const details = result.details as { type?: string; items?: Array<Record<string, unknown>> } | undefined;
  if (details?.type !== 'table' || !details.items?.length) return '';
  const names = details.items.map((item) => {
    const location = item['sourceLocation'] as { url?: string } | undefined;
    const url = location?.url ?? item['url'] ?? item['source'];
    return typeof url === 'string' ? url.replace(/^https?:\/\/127\.0\.0\.1:\d+/, '') : '';
  });
  const unique = [...new Set(names.filter(Boolean))];
  return unique.length ? `: ${unique.join(', ')}` : '';
}

const section: BenchSection = {
  name: 'lighthouse',
  title: 'Lighthouse on the seed page',
  async run({ quick, log }): Promise<SectionResult> {
    const runs = quick ? 1 : 3;
    const server = await startSeedServer();
    const pages = [
      { side: 'B: folio tags', url: server.url(TAGS_PATH) },
      { side: 'A: plain HTML (reference)', url: server.url(PLAIN_PATH) },
    ];
    const load = [loadavg()[0]!];
    const results = new Map<string, Run[]>();
    const key = (side: string, preset: Preset) => `${side}|${preset.name}`;
    try {
      for (let round = 0; round < runs; round++) {
        for (const { side, url } of pages) {
          for (const preset of PRESETS) {
            const run = await audit(url, preset);
            results.set(key(side, preset), [...(results.get(key(side, preset)) ?? []), run]);
            log(
              `run ${round + 1}/${runs}: ${side}, ${preset.name}: ${CATEGORIES.map((c) => run.scores[c]).join(' / ')}`,
            );
          }
        }
      }
    } finally {
      await server.close();
    }
    load.push(loadavg()[0]!);

    const rows = pages.flatMap(({ side }) =>
      PRESETS.map((preset) => {
        const all = results.get(key(side, preset))!;
        const score = (category: (typeof CATEGORIES)[number]) => median(all.map((r) => r.scores[category]));
        const metric = (id: (typeof METRICS)[number]) => median(all.map((r) => r.metrics[id]));
        return [
          side,
          preset.name,
          score('performance'),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
          formatMs(metric('first-contentful-paint')),
          formatMs(metric('largest-contentful-paint')),
          formatMs(metric('total-blocking-time')),
          metric('cumulative-layout-shift').toFixed(3),
          String(median(all.map((r) => r.longTasks))),
          formatMs(median(all.map((r) => r.longTaskExcess))),
        ];
      }),
    );
    const lostBy = (side: string) => [
      ...new Set([...results].filter(([k]) => k.startsWith(side)).flatMap(([, all]) => all.flatMap((r) => r.failed))),
    ];
    const lostB = lostBy('B');
    const lostA = lostBy('A');
    const sameLosses = lostA.length === lostB.length && lostA.every((f) => lostB.includes(f));
    const warnings = [...new Set([...results.values()].flatMap((all) => all.flatMap((r) => r.warnings)))];
    return {
      tables: [
        {
          caption: `Lighthouse 12 scores (0–100) and metrics, median of ${runs} run${runs > 1 ? 's' : ''} per row.`,
          columns: [
            'page',
            'preset',
            'performance',
            'accessibility',
            'best practices',
            'SEO',
            'FCP (ms)',
            'LCP (ms)',
            'TBT (ms)',
            'CLS',
            'long tasks',
            'beyond 50 ms (ms)',
          ],
          rows,
        },
      ],
      notes: [
        "B is demo/seed-article.html on the production build (dist/folio.css, dist/folio-loader.js, which imports dist/folio.js after the first paint), A the plain-HTML page of the upgrade section; both from the bench's static server on 127.0.0.1, gzipped as any web server sends them (until 2026-12-07 they were sent uncompressed, which charged folio.css's 27 KB instead of its 5 KB to B's simulated first paint).",
        ...PRESETS.map((preset) => `Preset ${preset.label}.`),
        "Long tasks: the tasks over 50 ms Lighthouse found in the trace it recorded (its long-tasks audit: on the mobile preset their durations are simulated at 4× CPU slowdown), without Lighthouse's own script evaluations; the sum of their time beyond 50 ms beside. Medians of the runs.",
        "Each run starts its own headless system Chromium with a DevTools port and a fresh profile; Lighthouse opens the page there itself. Performance metrics are Lighthouse's simulated ones (Lantern, computed from the observed trace), so they still move with the machine's load.",
        lostB.length
          ? `Where B lost points outside performance: ${lostB.join('; ')}.`
          : 'B lost no points in accessibility, best practices or SEO audits.',
        sameLosses
          ? 'A lost exactly the same points: they come from the page around the tags, not from the tags.'
          : `Where A lost points outside performance: ${lostA.join('; ') || 'nowhere'}.`,
        ...(warnings.length ? [`Lighthouse warnings: ${warnings.join(' | ')}`] : []),
      ],
      data: {
        runs,
        lighthouse: '12',
        loadavg: load,
        results: Object.fromEntries(results),
      },
    };
  },
};

export default section;
