import { describe, expect, it } from 'vitest';
import { CollectionRegistry } from './index.js';

const jobs = {
  scope: 'space',
  conflict: 'field_merge',
  fallback: 'manual',
  schema: {
    type: 'object',
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 200 },
      status: { enum: ['open', 'done'] },
      due: { type: 'string', format: 'date' },
    },
    required: ['title'],
    additionalProperties: false,
  },
};

describe('collections configuration', () => {
  it('when the file is right, each collection should carry its scope, strategy and schema', () => {
    const registry = CollectionRegistry.fromJson({
      collections: { jobs, notes: { ...jobs, scope: 'private', conflict: 'lww', fallback: undefined } },
    });
    expect(registry.names().sort()).toEqual(['jobs', 'notes']);
    expect(registry.get('jobs')).toMatchObject({
      scope: 'space',
      strategy: { kind: 'field_merge', fallback: 'manual' },
    });
    expect(
      registry.get('jobs')!.validate({ title: 'Fix the boiler', status: 'open', due: '2026-12-01' }),
    ).toEqual([]);
    expect(registry.get('jobs')!.validate({ status: 'maybe', due: 'soon', extra: 1 }).join('\n')).toMatch(
      /required property 'title'[\s\S]*\/status[\s\S]*\/due/,
    );
  });

  it('when the file has mistakes, each should be named with where it is, all at once', () => {
    const bad = {
      collections: {
        'Bad-Name': jobs,
        profile: jobs,
        notes: { ...jobs, conflict: 'lww' },
        tasks: { ...jobs, schema: { type: 'array' } },
        docs: { ...jobs, schema: { type: 'object', properties: { a: { type: 'strng' } } } },
      },
    };
    expect(() => CollectionRegistry.fromJson(bad)).toThrow(/Bad-Name: not a collection name/);
    const { ['Bad-Name']: _dropped, ...rest } = bad.collections;
    let message = '';
    try {
      CollectionRegistry.fromJson({ collections: rest });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('collections: collections.profile: "profile" is a system collection');
    expect(message).toContain('collections: collections.notes.fallback: only field_merge has a fallback');
    expect(message).toContain('collections: collections.tasks.schema.type: must be "object"');
    expect(message).toContain('collections: collections.docs.schema:');
    expect(() =>
      CollectionRegistry.fromJson({ collections: { x: { ...jobs, conflict: 'newest' } } }),
    ).toThrow(/collections: collections\.x\.conflict/);
  });
});
