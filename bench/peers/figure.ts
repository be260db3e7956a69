import type { LoadRun } from './runLoad.js';

/** One round's figure: a value, or why the round's checks failed. */
export interface Figure {
  value?: number;
  invalid?: string;
}

export const figure = (value: number): Figure => ({ value });

/** Every figure of a round is INVALID when any answer of its load failed its check. */
export function failureOf(run: LoadRun): string | undefined {
  if (run.bad === 0) return undefined;
  const statuses = Object.entries(run.statusCounts)
    .map(([code, count]) => `${code}: ${count}`)
    .join(', ');
  return `${run.bad} bad answers (status counts ${statuses}; ${run.errors} errors): ${run.problems[0] ?? ''}`;
}

export function checkedFigure(run: LoadRun, value: number): Figure {
  const failure = failureOf(run);
  return failure ? { invalid: failure } : { value };
}

/** The median of valid figures, or the first reason when any is invalid. */
export function median(figures: Figure[]): Figure {
  const failed = figures.find((f) => f.invalid !== undefined);
  if (failed) return failed;
  const values = figures.map((f) => f.value!).sort((a, b) => a - b);
  if (values.length === 0) return { invalid: 'no rounds' };
  const mid = Math.floor(values.length / 2);
  return { value: values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2 };
}

/** The p-th percentile (0–1) of the samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
