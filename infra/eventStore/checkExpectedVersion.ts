import { WrongExpectedVersionError } from './errors.js';
import type { ExpectedVersion } from './EventStore.js';

/** Throws WrongExpectedVersionError unless `current` (-1: no stream) satisfies `expected`. */
export function checkExpectedVersion(stream: string, expected: ExpectedVersion, current: number): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === -1) ||
    (expected === 'stream_exists' && current >= 0) ||
    expected === current;
  if (!ok) throw new WrongExpectedVersionError(stream, expected, current === -1 ? 'no_stream' : current);
}
