/** Fetches `url` and parses its JSON answer, or throws naming the status when it is not `expected`. */
export async function callJson<T>(url: string, init: RequestInit, expected: number): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (response.status !== expected)
    throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
