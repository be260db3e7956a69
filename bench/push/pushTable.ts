import { fmt, type Row } from '../report.js';
import type { CommandLatency } from './commandToPush.js';
import type { FanOutFigures } from './fanOutFigures.js';
import { BARE_CLIENTS } from './parseFanOut.js';

/** CPU time per device sent (ms), from a share of a core over the run (start → last receipt). */
const cpuPerSend = (f: FanOutFigures, share: number | undefined) =>
  share === undefined ? NaN : ((share / 100) * f.lastMs) / f.devices;

const METRICS: { label: string; unit: string; digits: number; of: (f: FanOutFigures) => number }[] = [
  { label: 'sends/s (start → last receipt)', unit: '/s', digits: 0, of: (f) => f.sendsPerSecond },
  { label: 'time to first send', unit: 'ms', digits: 0, of: (f) => f.firstMs },
  { label: 'time to last send', unit: 'ms', digits: 0, of: (f) => f.lastMs },
  { label: 'sender RSS, peak (per process)', unit: 'MB', digits: 0, of: (f) => f.rss.peakMb },
  { label: 'sender RSS, end (per process)', unit: 'MB', digits: 0, of: (f) => f.rss.endMb },
  { label: 'request → received, p50', unit: 'ms', digits: 0, of: (f) => f.latencyP50Ms },
  { label: 'request → received, p99', unit: 'ms', digits: 0, of: (f) => f.latencyP99Ms },
  { label: 'CPU per send: sender(s)', unit: 'ms', digits: 3, of: (f) => cpuPerSend(f, f.cpu?.senders) },
  { label: 'CPU per send: local servers', unit: 'ms', digits: 3, of: (f) => cpuPerSend(f, f.cpu?.servers) },
  { label: 'duplicates at the servers', unit: '', digits: 0, of: (f) => f.duplicates },
  { label: 'devices never reached', unit: '', digits: 0, of: (f) => f.missing },
];

const isEventide = (f: FanOutFigures) => f.label.startsWith('Eventide');
const parseOf = (runs: FanOutFigures[]) => runs.find((r) => r.label === 'Parse push adapter');
const short = (f: FanOutFigures) => f.label.replace('Eventide, ', '');

/**
 * The side-by-side table (Markdown): one column per run, then each Eventide run's figure over
 * Parse's; then, with the bare clients' run (the ceiling), every rate over the ceiling's.
 */
export function pushTable(runs: FanOutFigures[]): string {
  const parse = parseOf(runs);
  const eventide = parse ? runs.filter(isEventide) : [];
  const header = ['metric', ...runs.map((r) => r.label), ...eventide.map((r) => `${short(r)} / Parse`)];
  const lines = METRICS.map((m) => [
    `${m.label}${m.unit ? ` (${m.unit})` : ''}`,
    ...runs.map((r) => (Number.isFinite(m.of(r)) ? fmt(m.of(r), m.digits) : '—')),
    ...eventide.map((r) => {
      const ratio = m.of(r) / m.of(parse!);
      return m.unit && Number.isFinite(ratio) ? `${fmt(ratio, 2)}×` : '';
    }),
  ]);
  const ceiling = runs.find((r) => r.label === BARE_CLIENTS);
  const table = markdownTable(header, lines);
  return ceiling
    ? `${table}

${ceilingTable(runs, ceiling)}`
    : table;
}

/** Each rate over the ceiling's (the bare clients of the same run), and the goal's (3 × Parse). */
function ceilingTable(runs: FanOutFigures[], ceiling: FanOutFigures): string {
  const rows = runs.filter((r) => r !== ceiling).map((r) => [r.label, r.sendsPerSecond]);
  const parse = parseOf(runs);
  if (parse) rows.push(['3 × Parse (the goal)', 3 * parse.sendsPerSecond]);
  return markdownTable(
    [`against the ceiling (bare clients: ${fmt(ceiling.sendsPerSecond)} sends/s)`, 'sends/s', '÷ ceiling'],
    rows.map(([label, rate]) => [
      String(label),
      fmt(Number(rate)),
      `${fmt(Number(rate) / ceiling.sendsPerSecond, 2)}×`,
    ]),
  );
}

/** A Markdown table with its columns padded (as prettier writes it). */
function markdownTable(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(line)].join('\n');
}

/** The runs as rows of `npm run bench`'s table: each Eventide rate beside Parse's. */
export function pushRows(runs: FanOutFigures[]): Row[] {
  const parse = parseOf(runs);
  if (!parse) return [];
  return runs.filter(isEventide).map((r) => ({
    benchmark: `push fan-out, ${r.devices} devices, ${r.label.replace('Eventide, ', '')} (sends/s; RSS peak/end)`,
    result: `${fmt(r.sendsPerSecond)}/s; ${fmt(r.rss.peakMb)}/${fmt(r.rss.endMb)} MB; dup ${r.duplicates}`,
    baseline: `Parse push adapter ${fmt(parse.sendsPerSecond)}/s; ${fmt(parse.rss.peakMb)}/${fmt(parse.rss.endMb)} MB`,
    ratio: `${fmt(r.sendsPerSecond / parse.sendsPerSecond, 2)}×`,
    goal: '≥ 3× Parse, flat memory',
  }));
}

/**
 * The command → received table (Markdown): Eventide's pushes from `POST /v1/notifications`, and
 * beside them the baseline of the same run (Parse's adapter from its call), p50 and p99.
 */
export function commandTable(command: CommandLatency[]): string {
  const [eventide, baseline] = command as [CommandLatency, CommandLatency];
  const ms = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? `${fmt(n, 1)} ms` : '—');
  return markdownTable(
    [`one push at a time (${eventide.samples} samples)`, eventide.label, baseline.label, 'ratio'],
    [
      ['p50', ms(eventide.p50Ms), ms(baseline.p50Ms), `${fmt(eventide.p50Ms / baseline.p50Ms, 1)}×`],
      ['p99', ms(eventide.p99Ms), ms(baseline.p99Ms), `${fmt(eventide.p99Ms / baseline.p99Ms, 1)}×`],
      ['command answered (202), p50', ms(eventide.answerP50Ms), '', ''],
    ],
  );
}

/** The command → received row of `npm run bench`'s table. */
export function commandRows(command: CommandLatency[]): Row[] {
  const [eventide, baseline] = command as [CommandLatency, CommandLatency];
  return [
    {
      benchmark: `push command → received at the local server, one at a time (p50 / p99, ${eventide.samples} samples)`,
      result: `${fmt(eventide.p50Ms, 1)} / ${fmt(eventide.p99Ms, 1)} ms`,
      baseline: `Parse push adapter send() → received ${fmt(baseline.p50Ms, 1)} / ${fmt(baseline.p99Ms, 1)} ms`,
      ratio: `${fmt(eventide.p50Ms / baseline.p50Ms, 1)}× (p50)`,
      goal: 'reported',
    },
  ];
}
