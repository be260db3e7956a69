import type { StructProperties as Struct, ValueProperties as Value } from './index.js';

/** A JSON value as a google.protobuf.Value (how documents travel in protobuf). */
export function toValue(value: unknown): Value {
  if (value === null || value === undefined) return { nullValue: 0 };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map(toValue) } };
  return { structValue: toStruct(value as Record<string, unknown>) };
}

export function toStruct(object: Record<string, unknown>): Struct {
  return { fields: Object.fromEntries(Object.entries(object).map(([k, v]) => [k, toValue(v)])) };
}

/** Where a Struct of `jsonStruct` keeps its plain object, which is its proto3 JSON. */
const PLAIN = Symbol('plain JSON');

/**
 * `toStruct` of an object that is JSON already (parsed from jsonb: strings, finite numbers,
 * booleans, null, arrays and such objects only), for a document that may be sent as JSON: its
 * fields are converted only when something reads them (the binary encoder does), and
 * `fromStruct` gives the object itself back. A JSON feed page then never builds the Struct.
 */
export function jsonStruct(object: Record<string, unknown>): Struct {
  let fields: Struct['fields'];
  return {
    get fields() {
      return (fields ??= toStruct(object).fields);
    },
    [PLAIN]: object,
  } as Struct;
}

/** Back to plain JSON: the proto3 JSON form of a Struct is the object itself. */
export function fromValue(value: Value): unknown {
  if (value.structValue) return fromStruct(value.structValue);
  if (value.listValue) return (value.listValue.values ?? []).map(fromValue);
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.numberValue !== undefined && value.numberValue !== null) return value.numberValue;
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  return null;
}

export function fromStruct(struct: Struct): Record<string, unknown> {
  const plain = (struct as { [PLAIN]?: Record<string, unknown> })[PLAIN];
  if (plain !== undefined) return plain;
  return Object.fromEntries(Object.entries(struct.fields ?? {}).map(([k, v]) => [k, fromValue(v)]));
}
