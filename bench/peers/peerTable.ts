import { fmt } from '../report.js';
import { median, type Figure } from './figure.js';

/** What a workload reports per round and side, keyed by name. */
export type Figures = Record<string, Figure>;

/** One row of the table: a figure both sides report (or Parse's figure to compare with, `parseKey`). */
export interface Metric {
  key: string;
  label: string;
  unit: string;
  digits?: number;
  /** The Parse figure this Eventide figure is compared with, when it has another name. */
  parseKey?: string;
}

interface Row {
  metric: Metric;
  parse: Figure[];
  eventide: Figure[];
  baseline: string;
}

const shown = (f: Figure, digits: number) => (f.invalid !== undefined ? 'INVALID' : fmt(f.value!, digits));

/** The rounds of every workload, and the table of medians and ratios printed at the end. */
export class PeerTable {
  private readonly rows: Row[] = [];

  /** Adds one round of both sides for these metrics. */
  add(metrics: Metric[], parse: Figures, eventide: Figures): void {
    for (const metric of metrics) {
      let row = this.rows.find((r) => r.metric.key === metric.key);
      if (!row) this.rows.push((row = { metric, parse: [], eventide: [], baseline: '' }));
      const parseFigure = parse[metric.parseKey ?? metric.key];
      const eventideFigure = eventide[metric.key];
      if (parseFigure) row.parse.push(parseFigure);
      if (eventideFigure) row.eventide.push(eventideFigure);
    }
  }

  /** The same-run baseline shown beside a row. */
  baseline(key: string, text: string): void {
    const row = this.rows.find((r) => r.metric.key === key);
    if (row) row.baseline = text;
  }

  /** A side's figures of one round, one line each, as the rounds run (a figure two rows share, once). */
  static printRound(side: string, round: number, rounds: number, metrics: Metric[], figures: Figures): void {
    console.log(`  round ${round}/${rounds} ${side}`);
    const printed = new Set<string>();
    for (const metric of metrics) {
      const key = side === 'Parse' ? (metric.parseKey ?? metric.key) : metric.key;
      const f = figures[key];
      if (!f || printed.has(key)) continue;
      printed.add(key);
      console.log(
        `    ${metric.label}: ${shown(f, metric.digits ?? 1)} ${metric.unit}${f.invalid ? ` (${f.invalid})` : ''}`,
      );
    }
  }

  /** The Markdown table: each round, the medians, Eventide/Parse, and the baseline. */
  markdown(): string {
    const header = [
      'workload',
      'unit',
      'Parse rounds',
      'Parse median',
      'Eventide rounds',
      'Eventide median',
      'Eventide/Parse',
      'baseline (same run)',
    ];
    const reasons: string[] = [];
    const lines = this.rows.map((row) => {
      const digits = row.metric.digits ?? 1;
      const p = median(row.parse);
      const e = median(row.eventide);
      for (const [side, f] of [
        ['Parse', p],
        ['Eventide', e],
      ] as const)
        if (f.invalid !== undefined) reasons.push(`${row.metric.label}, ${side}: ${f.invalid}`);
      const ratio =
        p.value !== undefined && e.value !== undefined && p.value !== 0
          ? `${fmt(e.value / p.value, 2)}×`
          : '—';
      return [
        row.metric.label,
        row.metric.unit,
        row.parse.map((f) => shown(f, digits)).join(' / ') || '—',
        row.parse.length ? shown(p, digits) : '—',
        row.eventide.map((f) => shown(f, digits)).join(' / ') || '—',
        row.eventide.length ? shown(e, digits) : '—',
        ratio,
        row.baseline || '—',
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    const table = [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(line)];
    if (reasons.length) table.push('', 'INVALID rows:', ...reasons.map((r) => `- ${r}`));
    return table.join('\n');
  }
}
