/**
 * Orders app versions as their dotted numbers (`2.10.0` after `2.9`, `2.9` equal to `2.9.0`); a
 * part that is not a number compares as text after the numbers, and a pre-release suffix
 * (`2.0.0-beta.1`) comes before its release.
 */
export function compareAppVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitPre(a);
  const [coreB = '', preB] = splitPre(b);
  const partsA = coreA.split('.');
  const partsB = coreB.split('.');
  const length = partsA.length > partsB.length ? partsA.length : partsB.length;
  for (let i = 0; i < length; i++) {
    const order = comparePart(partsA[i] ?? '0', partsB[i] ?? '0');
    if (order !== 0) return order;
  }
  if (preA === undefined) return preB === undefined ? 0 : 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : preA > preB ? 1 : 0;
}

function splitPre(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash < 0 ? [version.trim(), undefined] : [version.slice(0, dash).trim(), version.slice(dash + 1)];
}

function comparePart(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
