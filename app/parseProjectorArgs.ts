import { parseArgs } from 'node:util';
import type { ProjectorSelection } from './runProjectors.js';

/** `--only=a,b` and `--partition=i/n` (0-based i). */
export function parseProjectorArgs(argv: string[]): ProjectorSelection {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, partition: { type: 'string' } },
    strict: true,
  });
  const selection: ProjectorSelection = {};
  if (values.only)
    selection.only = values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (values.partition) {
    const match = /^(\d+)\/(\d+)$/.exec(values.partition);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index >= count)
      throw new Error(`--partition must be i/n with 0 <= i < n, got ${values.partition}`);
    selection.partition = { index, count };
  }
  return selection;
}
