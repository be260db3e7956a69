import type { Segment } from '../../../domain/audience/index.js';
import { segmentProblems } from '../../../domain/campaign/index.js';
import { HttpProblem } from '../../../platform/http/index.js';

/**
 * Throws the 422 that refuses a segment before anything is appended: an undeclared topic
 * (`unknown-topic`), any other malformed condition (`invalid-segment`, with the problems by
 * pointer, e.g. `lastSeenWithinDays` outside 1 to 3650).
 */
export function refuseSegmentProblems(segment: Segment, topics: readonly string[], at: string): void {
  if (segment.topic !== undefined && !topics.includes(segment.topic))
    throw new HttpProblem(422, 'unknown-topic', 'Unknown topic', `No topic ${segment.topic} is declared`);
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
