import type { ResultTable } from './section.js';

/**
 * A GitHub-flavoured Markdown table. Columns whose cells are all numbers (or
 * look like figures: `1.02×`, `12.3`, `4,096`, `–`) are right-aligned, so
 * the figures line up in the terminal and on GitHub alike.
 */
export function markdownTable(table: ResultTable): string {
  const cells = table.rows.map((row) => table.columns.map((_, i) => cellText(row[i])));
  // Empty cells (a sub-row without a ratio) do not make a column of figures textual.
  const numeric = table.columns.map(
    (_, i) => cells.some((row) => row[i] !== '') && cells.every((row) => row[i] === '' || FIGURE.test(row[i]!)),
  );
  const widths = table.columns.map((column, i) => Math.max(3, column.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    `| ${values.map((value, i) => (numeric[i] ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  const lines = [line(table.columns), rule, ...cells.map(line)];
  return (table.caption ? `${table.caption}\n\n` : '') + lines.join('\n');
}

const FIGURE = /^(?:[-+]?[\d,]*\.?\d+(?:×| ?%| ?ms| ?KiB| ?B)?|–)$/;

function cellText(value: string | number | undefined): string {
  if (value === undefined) return '';
  // A pipe would end the cell.
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
