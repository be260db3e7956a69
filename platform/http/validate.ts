import type { ZodType } from 'zod';
import { problems } from './HttpProblem.js';

/** Parses with a schema; failures become a 400 Problem listing every field error. */
export function validate<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw problems.validation(
    result.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
  );
}
