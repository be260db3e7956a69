export interface Row {
  benchmark: string;
  result: string;
  baseline: string;
  ratio: string;
  goal: string;
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Prints the rows as a Markdown table (pasted into the README as is). */
export function printTable(rows: Row[]): void {
  const header: Row = {
    benchmark: 'benchmark',
    result: 'result',
    baseline: 'baseline (same run)',
    ratio: 'ratio',
    goal: 'goal',
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[header, ...rows].map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}
