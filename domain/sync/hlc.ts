/**
 * Hybrid logical clock timestamps as apps send them: `<ms since epoch, 15 digits>:<counter, 4
 * digits>:<node id>`. Fixed widths make the text order the clock order, node id breaking ties,
 * so comparing two timestamps is comparing two strings.
 */
const HLC = /^(\d{15}):(\d{4}):([A-Za-z0-9_-]{1,64})$/;

export const isHlc = (value: string): boolean => HLC.test(value);

export function formatHlc(ms: number, counter: number, node: string): string {
  return `${String(ms).padStart(15, '0')}:${String(counter).padStart(4, '0')}:${node}`;
}

/** The wall-clock part of a timestamp, in ms since the epoch. */
export const hlcMillis = (hlc: string): number => Number(hlc.slice(0, 15));

/** Negative when a is earlier, positive when later, 0 when equal. */
export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const maxHlc = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : compareHlc(a, b) >= 0 ? a : b;
