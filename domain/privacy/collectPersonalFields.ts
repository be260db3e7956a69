/**
 * One registry of personal fields out of the aggregates' declarations: only the event types that
 * hold some; an event type declared by two aggregates is a mistake, refused at start.
 */
export function collectPersonalFields(
  declarations: readonly Readonly<Record<string, readonly string[]>>[],
): Readonly<Record<string, readonly string[]>> {
  const collected: Record<string, readonly string[]> = {};
  const declared = new Set<string>();
  for (const declaration of declarations) {
    for (const [type, fields] of Object.entries(declaration)) {
      if (declared.has(type)) throw new Error(`${type}: personal fields declared twice`);
      declared.add(type);
      if (fields.length > 0) collected[type] = fields;
    }
  }
  return collected;
}
