/** Stream names are `category-id`; the category is everything before the first dash. */
export function streamName(category: string, id: string): string {
  if (!/^[a-z][a-zA-Z0-9_]*$/.test(category)) throw new Error(`Bad stream category: ${category}`);
  if (id.length === 0) throw new Error('Empty stream id');
  return `${category}-${id}`;
}

export function parseStreamName(name: string): { category: string; id: string } {
  const dash = name.indexOf('-');
  if (dash <= 0 || dash === name.length - 1) throw new Error(`Bad stream name: ${name}`);
  return { category: name.slice(0, dash), id: name.slice(dash + 1) };
}
