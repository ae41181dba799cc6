// `node --import tsx bench/reports.ts`: the report-endpoint bench alone, as
// before it became a section of `npm run bench` (bench/sections/reports.ts,
// which holds the code and explains the method). Prints its table; records
// nothing. Same environment options: BENCH_REQUESTS, BENCH_CONCURRENCY,
// BENCH_ROUNDS.
import section from './sections/reports.js';
import { markdownTable } from './support/table.js';

const result = await section.run({
  quick: process.argv.includes('--quick'),
  log: (line) => process.stderr.write(`${line}\n`),
});
console.log(
  `\n${result.tables.map((table) => markdownTable(table)).join('\n\n')}\n\n${result.notes.map((note) => `- ${note}`).join('\n')}`,
);
