import { HttpProblem } from '../platform/http/index.js';

/** A read module's answer, or 503 when it is undefined because its read model is still being built. */
export function readModelReady<T>(answer: T | undefined): T {
  if (answer === undefined)
    throw new HttpProblem(503, 'not-ready', 'Not ready', 'Read models are still being built');
  return answer;
}
