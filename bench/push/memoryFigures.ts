import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One sample of a sender's process.memoryUsage() (MB), written by memorySampler.mjs. */
interface MemorySample {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** heapUsed right after the last full collection: what was alive then. */
  liveAfterMajorGc: number;
}

/** Where a sender's memory went during a run (MB, the largest of the processes). */
export interface MemoryFigures {
  /** V8's live heap at its largest, and when the run began (after the warm-up). */
  heapUsedPeak: number;
  heapUsedStart: number;
  /** The heap alive after a full collection, at its largest during the run. */
  livePeak: number;
  /** Memory outside the heap (Buffers: bus fetches, sockets) at its largest. */
  externalPeak: number;
  /** The resident set at its largest, and when the run began. */
  rssPeak: number;
  rssStart: number;
  /** heapUsed / alive after the last full collection / rss (MB) at ten even points of the run. */
  timeline: string;
}

/** The node option that makes a child process write its memory samples (see memorySampler.mjs). */
export const memorySamplerOption = `--import ${pathToFileURL(resolve('bench/push/memorySampler.mjs')).href}`;

const samplesOf = (file: string): MemorySample[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as MemorySample)
    : [];

/** The figures of the samples of `pids` (files `${prefix}.${pid}.jsonl`) taken from `from` to `to` (epoch ms). */
export function memoryFigures(prefix: string, pids: number[], from: number, to: number): MemoryFigures {
  const perProcess = pids.map((pid) =>
    samplesOf(`${prefix}.${pid}.jsonl`).filter((s) => s.at >= from - 250 && s.at <= to),
  );
  const all = perProcess.flat();
  const max = (pick: (s: MemorySample) => number) => Math.max(0, ...all.map(pick));
  const first = perProcess.map((samples) => samples[0]).filter((s) => s !== undefined);
  const longest = perProcess.reduce((a, b) => (b.length > a.length ? b : a), []);
  const points = Array.from({ length: 10 }, (_, i) => longest[Math.floor((i * (longest.length - 1)) / 9)])
    .filter((s) => s !== undefined)
    .map((s) => `${Math.round(s.heapUsed)}/${Math.round(s.liveAfterMajorGc)}/${Math.round(s.rss)}`);
  return {
    heapUsedPeak: max((s) => s.heapUsed),
    heapUsedStart: Math.max(0, ...first.map((s) => s.heapUsed)),
    livePeak: max((s) => s.liveAfterMajorGc),
    externalPeak: max((s) => s.external),
    rssPeak: max((s) => s.rss),
    rssStart: Math.max(0, ...first.map((s) => s.rss)),
    timeline: points.join(' '),
  };
}
