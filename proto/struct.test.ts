import { describe, expect, it } from 'vitest';
import { google } from './generated/mobile.js';
import { fromStruct, jsonStruct, toStruct } from './index.js';

const doc = {
  title: 'Job',
  n: 3,
  done: false,
  gone: null,
  tags: ['a', { deep: [1, null] }],
  nested: { x: 'é🙂' },
};

describe('jsonStruct', () => {
  it('when a JSON document is made a Struct for JSON, fromStruct should give the document itself back', () => {
    const struct = jsonStruct(doc);
    expect(fromStruct(struct)).toBe(doc);
    expect(fromStruct(toStruct(doc))).toEqual(doc);
  });

  it('when it is encoded, the binary should be the same as toStruct gives', () => {
    const lazy = google.protobuf.Struct.encode(jsonStruct(doc)).finish();
    const eager = google.protobuf.Struct.encode(toStruct(doc)).finish();
    expect(Buffer.from(lazy).equals(Buffer.from(eager))).toBe(true);
    expect(fromStruct(google.protobuf.Struct.decode(lazy))).toEqual(doc);
  });
});
