/** One version of a campaign's content and the share of its audience that gets it, in percent. */
export interface WeightedVariant {
  name: string;
  /** 0–100; a campaign's variants add up to 100. */
  percent: number;
}

/** A percentage in hundredths of a percent, rounded (33.33 → 3333). */
export const hundredths = (percent: number) => Number((percent * 100).toFixed(0));

/** FNV-1a, 32 bits, over the UTF-16 code units: a stable, well-spread bucket for a user. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    // × 16777619 (2^24 + 403) modulo 2^32, exact in doubles.
    hash = ((hash << 24) + hash * 0x193) >>> 0;
  }
  return hash;
}

/**
 * The variant a user gets: their bucket in [0, 10 000) from the campaign and user ids, then the
 * variant whose cumulative share covers it. The same user gets the same variant on every device
 * and every rerun; a different campaign shuffles users anew.
 */
export function variantOf<V extends WeightedVariant>(
  campaignId: string,
  userId: string,
  variants: readonly V[],
): V {
  const bucket = fnv1a(`${campaignId}:${userId}`) % 10_000;
  let covered = 0;
  for (const variant of variants) {
    covered += hundredths(variant.percent);
    if (bucket < covered) return variant;
  }
  return variants[variants.length - 1]!;
}
