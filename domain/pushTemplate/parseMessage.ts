import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** An ICU message parsed as rendering parses it (tags are text: a push shows no markup). */
export function parseMessage(
  message: string,
): { elements: MessageFormatElement[] } | { error: string; column: number } {
  try {
    return { elements: parse(message, { ignoreTag: true, requiresOtherClause: true }) };
  } catch (error) {
    const e = error as Error & { location?: { start: { column: number } } };
    return { error: e.message, column: e.location?.start.column ?? 1 };
  }
}
