import { z } from 'zod';

/** A URL whose scheme is one of `protocols` (`['https:']`). */
export const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

/** An integer read from the environment, within [min, max]. */
export const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
