/** The small private object both servers store: the same fields on each side. */
export interface Job {
  title: string;
  status: string;
  n: number;
}

export function job(n: number, title = `job ${n}`): Job {
  return { title, status: n % 3 === 0 ? 'done' : 'open', n };
}

/** The title of each object a delta pull must bring back: counted in every answer, in any format. */
export const PULLED_TITLE = 'pulled job #';

export function pulledJob(n: number): Job {
  return job(n, `${PULLED_TITLE}${n}`);
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

export const PASSWORD = 'benchmark password';
