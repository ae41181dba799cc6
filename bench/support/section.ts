/**
 * The contract between `bench/index.ts` (the runner) and each section in
 * `bench/sections/<name>.ts`. A section measures one thing and hands back
 * tables for the README, one-line notes on method and caveats, and its raw
 * figures for results.json; the runner owns printing, files and the machine
 * description, so sections stay small and can be run alone.
 *
 * Each `bench/sections/<name>.ts` exports its section as the default export:
 *
 *     const section: BenchSection = { name: 'ssr', title: '…', async run({ quick, log }) { … } };
 *     export default section;
 */

/** Names the runner knows, in the order it runs them. */
export type SectionName = 'sizes' | 'upgrade' | 'scaling' | 'ssr' | 'lighthouse' | 'reports' | 'reactions';

export interface SectionOptions {
  /** Few runs: for development and a smoke check, never for recorded results. */
  quick: boolean;
  /** Progress for the terminal; the runner prefixes the section name. */
  log: (line: string) => void;
}

export interface ResultTable {
  caption?: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface SectionResult {
  tables: ResultTable[];
  /** What was measured and how, one line each; caveats too. */
  notes: string[];
  /** Raw figures (every run), written to results.json as they are. */
  data: unknown;
}

export interface BenchSection {
  name: SectionName;
  /** Markdown heading for the section's block in the README. */
  title: string;
  run(options: SectionOptions): Promise<SectionResult>;
}
