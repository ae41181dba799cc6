/**
 * The machinery of the property-based tests: one fixed seed (replayable),
 * the checks of everything a tag must never do (throw, reject unhandled,
 * warn twice about one attribute, warn without naming the attribute; the
 * page's watch is page-watch.ts, shared with the hostile-input files), and a
 * helper that mounts an element and waits until it has settled.
 */
import fc from 'fast-check';
import type { ReactiveElement } from 'lit';
import { clip, type PageWatch } from './page-watch.js';

/** The default seed: fixed, so that `npm test` checks the same cases on every machine. */
const DEFAULT_SEED = 20261125;

interface Settings {
  seed: number;
  scale: number;
}

let settings: Promise<Settings> | undefined;

/** FOLIO_FC_SEED and FOLIO_FC_RUNS, read from the runner through test/routes/props-seed.ts. */
function readSettings(): Promise<Settings> {
  settings ??= fetch('/test-api/props/settings')
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}))
    .then((raw: { seed?: string | null; runs?: string | null }) => {
      const seed = Number.parseInt(raw.seed ?? '', 10);
      const scale = Number(raw.runs ?? '');
      return {
        seed: Number.isFinite(seed) ? seed : DEFAULT_SEED,
        scale: Number.isFinite(scale) && scale > 0 ? scale : 1,
      };
    });
  return settings;
}

/** Longer than any message of ours with its quoted (shortened) value. */
const WARNING_LENGTH = 1000;

/** `<folio-x> name: message` → name; undefined for a warning in any other form. */
export function warnedAttribute(tag: string, warning: string): string | undefined {
  const prefix = `<${tag}> `;
  if (!warning.startsWith(prefix)) return undefined;
  const colon = warning.indexOf(': ', prefix.length);
  return colon === -1 ? undefined : warning.slice(prefix.length, colon);
}

/**
 * The warning rules of docs/contract.md ("a console warning naming the
 * attribute", at most one per attribute): every warning of the case comes
 * from `tag`, names an input the case gave it (`allowed` says which names
 * belong to which input, e.g. `blocks[3].src` to `blocks`), and no name is
 * warned about twice. Tags the element renders inside itself (the article's
 * section headings) may warn too, under `nested` rules; several of them may
 * warn about the same name, so only their names are checked.
 */
export function checkWarnings(
  tag: string,
  warnings: readonly string[],
  allowed: (name: string) => boolean,
  nested: Record<string, (name: string) => boolean> = {},
): void {
  const seen = new Map<string, number>();
  for (const warning of warnings) {
    // The one warning about the page rather than the case: the runner's page declares no language, and
    // whichever tag first finds none says so, once per document.
    if (/^<folio-[a-z-]+> lang: no lang on it, its ancestors or <html>/.test(warning)) continue;
    const inner = Object.entries(nested).find(([other]) => warning.startsWith(`<${other}> `));
    if (inner) {
      const name = warnedAttribute(inner[0], warning);
      if (name === undefined || !inner[1](name))
        throw new Error(`an unexpected warning from <${inner[0]}> inside <${tag}>: ${clip(warning)}`);
      continue;
    }
    const name = warnedAttribute(tag, warning);
    if (name === undefined) throw new Error(`a warning that does not name an attribute of <${tag}>: ${clip(warning)}`);
    // warn()'s quote() shortens values so that a huge attribute cannot flood the console.
    if (warning.length > WARNING_LENGTH)
      throw new Error(`a warning of ${warning.length} characters about "${name}": ${clip(warning)}`);
    if (!allowed(name)) throw new Error(`a warning about "${name}", which this case did not set: ${clip(warning)}`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const repeated = [...seen].filter(([, count]) => count > 1);
  if (repeated.length)
    throw new Error(`more than one warning for ${repeated.map(([name, n]) => `${name} (${n}×)`).join(', ')}`);
}

export function checkNoErrors(watch: PageWatch): void {
  if (watch.errors.length) throw new Error(`the page reported errors:\n${watch.errors.map(clip).join('\n')}`);
}

/** Lets MutationObserver callbacks, microtasks and the resulting Lit update run, rethrowing a failed update. */
export async function settle(el: Element): Promise<void> {
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve));
  const update = (el as Partial<ReactiveElement>).updateComplete;
  if (update) await update;
  await new Promise((resolve) => setTimeout(resolve));
}

/** Polls `condition` every few milliseconds; false after `timeout`. */
export async function eventually(condition: () => boolean, timeout = 2000): Promise<boolean> {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/**
 * Runs an async property with the suite's seed. On failure the message says
 * how to replay exactly that case (fast-check's own message carries the seed
 * and the shrinking path), clipped so a huge counterexample does not flood
 * the report.
 */
export async function checkProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  { numRuns, shrinkFor = 15_000 }: { numRuns: number; shrinkFor?: number },
): Promise<void> {
  const { seed, scale } = await readSettings();
  // Shrinking a slow case can outlast the test's timeout, which would lose the
  // counterexample: after `shrinkFor` ms of shrinking, candidates count as
  // passing, so fast-check stops and reports the smallest failure found so far.
  let shrinkingSince: number | undefined;
  const bounded = async (value: T) => {
    if (shrinkingSince !== undefined && performance.now() - shrinkingSince > shrinkFor) return;
    try {
      await predicate(value);
    } catch (error) {
      shrinkingSince ??= performance.now();
      throw error;
    }
  };
  try {
    await fc.assert(fc.asyncProperty(arbitrary, bounded), { seed, numRuns: Math.max(1, Math.round(numRuns * scale)) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // fast-check keeps the predicate's own error as the cause: that is what says what went wrong.
    const cause =
      error instanceof Error && error.cause !== undefined
        ? `\nCause: ${clip(error.cause instanceof Error ? error.cause.message : String(error.cause), 2000)}`
        : '';
    throw new Error(
      `${name} (seed ${seed}; replay with FOLIO_FC_SEED=${seed} npm run test:browser -- --files 'test/reliability/properties*.test.ts')\n${clip(message, 4000)}${cause}`,
    );
  }
}

/** One change to an element's attributes: a value sets it, null removes it, undefined leaves it alone. */
export type AttributeStep = Record<string, string | null | undefined>;

/**
 * Steps of attribute changes, as a CMS page or a script makes them over an
 * element's life: each attribute is left alone, removed (its property turns
 * null) or set to a value from its arbitrary. Boolean attributes are set to
 * '' or to any text (their mere presence counts).
 */
export function attributeSteps(
  values: Record<string, fc.Arbitrary<string>>,
  { booleans = [], maxSteps = 3 }: { booleans?: string[]; maxSteps?: number } = {},
): fc.Arbitrary<AttributeStep[]> {
  const fields: Record<string, fc.Arbitrary<string | null | undefined>> = {};
  for (const [name, arbitrary] of Object.entries(values)) {
    fields[name] = fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 2 },
      { arbitrary: fc.constant(null), weight: 1 },
      { arbitrary, weight: 4 },
    );
  }
  for (const name of booleans) fields[name] = fc.constantFrom(undefined, null, '', 'false', name);
  return fc.array(fc.record(fields), { minLength: 1, maxLength: maxSteps });
}

/** Applies a step; returns the names it set, for checkWarnings. */
export function applyStep(el: Element, step: AttributeStep, touched: Set<string>): void {
  for (const [name, value] of Object.entries(step)) {
    if (value === undefined) continue;
    if (value === null) el.removeAttribute(name);
    else {
      el.setAttribute(name, value);
      touched.add(name);
    }
  }
}

/**
 * A fresh container in the page for one case; removed (with all it holds) by
 * `dispose`. It sits far below the viewport, so that the lazy images of
 * generated URLs never load: the cases stay off the network.
 */
export function stage(lang?: string): { host: HTMLElement; dispose: () => void } {
  const host = document.createElement('div');
  host.style.cssText =
    'position: absolute; inset-inline-start: 0; top: 200000px; width: 60rem; content-visibility: auto;';
  if (lang !== undefined) host.setAttribute('lang', lang);
  document.body.append(host);
  return { host, dispose: () => host.remove() };
}

/**
 * Every link a tag rendered points to http(s), mailto or a relative address:
 * never javascript:, data: or the like. (An href the browser cannot parse at
 * all, e.g. a lone surrogate, has the protocol ":" and goes nowhere.)
 */
export function checkLinksSafe(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!['http:', 'https:', 'mailto:', ':'].includes(a.protocol))
      throw new Error(`a link to ${clip(a.getAttribute('href') ?? '', 120)} (${a.protocol})`);
  }
}
