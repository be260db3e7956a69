/**
 * The locales to try for a device locale, most specific first, ending with the default:
 * `pt-BR` → `pt-BR`, `pt`, then `en`; `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`, `en`. A tag
 * that is not BCP 47 goes straight to the default.
 */
export function localeChain(deviceLocale: string | undefined, defaultLocale: string): string[] {
  const chain: string[] = [];
  let tag: string | undefined;
  try {
    tag = deviceLocale ? Intl.getCanonicalLocales(deviceLocale.replace(/_/g, '-'))[0] : undefined;
  } catch {
    tag = undefined;
  }
  const parts = tag ? tag.split('-') : [];
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    // A trailing single letter is an extension singleton (`-u`, `-x`), not a subtag on its own.
    if (/^[a-z0-9]$/i.test(parts[n - 1]!)) continue;
    chain.push(candidate);
  }
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  return chain;
}
