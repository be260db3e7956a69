import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import {
  feedPageToJson,
  FeedPage,
  fromStruct,
  jsonStruct,
  toStruct,
  type FeedPageProperties,
} from './index.js';

/** The feed's messages as the .proto declares them (reflection), to reach every field. */
const root = protobuf.loadSync('proto/mobile/v1/feed.proto');
const Change = root.lookupType('mobile.v1.Change');

/** A value for a scalar field: its default or not, by `pick`. */
function scalar(field: protobuf.Field, pick: number): unknown {
  const atDefault = pick % 2 === 0;
  switch (field.type) {
    case 'string':
      return atDefault ? '' : `${field.name}-${pick}`;
    case 'bool':
      return !atDefault;
    case 'int64':
      return atDefault ? 0 : 2 ** 40 + pick;
    case 'int32':
      return atDefault ? 0 : 1000 + pick;
    default:
      throw new Error(`no sample for ${field.type} (${field.fullName}): add one`);
  }
}

/** A message of `type` with each field at its default or not (`pick` decides, field by field). */
function sample(type: protobuf.Type, pick: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  type.fieldsArray.forEach((field, i) => {
    if (field.partOf) return;
    const p = pick + i;
    if (field.map) out[field.name] = p % 3 === 0 ? {} : { [`k${p}`]: `v${p}`, empty: '' };
    else if (field.repeated) out[field.name] = p % 3 === 0 ? [] : [`a${p}`, `b${p}`];
    else if (field.resolvedType instanceof protobuf.Type) out[field.name] = sample(field.resolvedType, p);
    else out[field.name] = scalar(field, p);
  });
  return out;
}

const documents: Record<string, unknown>[] = [
  {},
  { title: '', n: 0, done: false, gone: null },
  { nested: { list: [1, 'two', null, [], {}, { deep: [true] }] }, big: 1e300, neg: -0.5, uni: 'é🙂\u0000' },
];

/** Every body of a Change (each oneof member, and none), each with its fields at or off their default. */
function changes(): Record<string, unknown>[] {
  const body = Change.oneofs.body!;
  const out: Record<string, unknown>[] = [];
  for (let pick = 0; pick < 6; pick++) {
    const head = sample(Change, pick);
    delete head.updateMask;
    out.push(head);
    for (const member of body.fieldsArray) {
      if (member.name === 'document') {
        for (const doc of documents)
          out.push({ ...head, document: toStruct(doc) }, { ...head, document: jsonStruct(doc) });
      } else {
        out.push({ ...head, [member.name]: sample(member.resolvedType as protobuf.Type, pick) });
        out.push({ ...head, [member.name]: {} });
      }
    }
    out.push({ ...head, updateMask: { paths: [] } }, { ...head, updateMask: { paths: ['a', 'b'] } });
  }
  return out;
}

/** What the JSON feed used to send: the binary page decoded, in proto3 JSON, documents plain. */
function roundTrip(page: FeedPageProperties): unknown {
  const json = FeedPage.decode(FeedPage.encode(FeedPage.create(page)).finish()).toJSON() as {
    changes?: { document?: Parameters<typeof fromStruct>[0] }[];
  };
  for (const change of json.changes ?? []) if (change.document) change.document = fromStruct(change.document);
  return json;
}

describe('feedPageToJson', () => {
  it('when a page holds any kind of change, with fields at or off their defaults, the JSON should equal the decoded binary page in proto3 JSON', () => {
    const all = changes();
    expect(all.length).toBeGreaterThan(40);
    for (const change of all) {
      const page = { changes: [change], nextCursor: 'c', position: 7 } as FeedPageProperties;
      expect(feedPageToJson(page), JSON.stringify(change)).toEqual(roundTrip(page));
    }
    for (const page of [
      {},
      { changes: [], nextCursor: '', hasMore: false, mustRefetch: false, position: 0 },
      {
        changes: all as FeedPageProperties['changes'],
        nextCursor: 'n',
        hasMore: true,
        mustRefetch: true,
        position: 2 ** 50,
      },
    ] as FeedPageProperties[]) {
      expect(feedPageToJson(page)).toEqual(roundTrip(page));
    }
  });

  it('when a change carries something that is not a field of its message, the JSON should leave it out as the binary does', () => {
    const page = {
      changes: [{ collection: 'devices', id: 'd', device: { id: 'd', platform: 'ios', secret: 'x' } }],
    } as unknown as FeedPageProperties;
    expect(feedPageToJson(page)).toEqual(roundTrip(page));
    expect(JSON.stringify(feedPageToJson(page))).not.toContain('secret');
  });
});
