import type { Segment } from '../../../domain/audience/index.js';
import { segmentProblems } from '../../../domain/campaign/index.js';
import { HttpProblem } from '../../../platform/http/index.js';

/**
 * Throws the 422 that refuses a segment before anything is appended: an undeclared topic
 * (`unknown-topic`), `lastSeenWithinDays` (`segment-last-seen-unsupported`: the notifier's read
 * model does not know when a device was last seen, so it is refused rather than ignored), any
 * other malformed condition (`invalid-segment`, with the problems by pointer).
 */
export function refuseSegmentProblems(segment: Segment, topics: readonly string[], at: string): void {
  if (segment.topic !== undefined && !topics.includes(segment.topic))
    throw new HttpProblem(422, 'unknown-topic', 'Unknown topic', `No topic ${segment.topic} is declared`);
  if (segment.lastSeenWithinDays !== undefined)
    throw new HttpProblem(
      422,
      'segment-last-seen-unsupported',
      'lastSeenWithinDays is not supported yet',
      'Devices cannot be selected by when they were last seen yet; leave lastSeenWithinDays out',
    );
  const problems = segmentProblems(segment, topics, at);
  if (problems.length > 0)
    throw new HttpProblem(
      422,
      'invalid-segment',
      'The segment is not valid',
      problems.map((p) => `${p.pointer} ${p.message}`).join('; '),
      { problems },
    );
}
