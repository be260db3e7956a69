import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import type { ConflictStrategy } from '../../domain/sync/index.js';

/** Names the system collections of the feed use; an app collection cannot take them. */
const RESERVED = new Set([
  'profile',
  'devices',
  'conversations',
  'messages',
  'notifications',
  'remote_config',
  'preferences',
  'notification_badge',
]);

const CollectionSpec = z.strictObject({
  scope: z.enum(['private', 'space']),
  conflict: z.enum(['lww', 'field_merge', 'server_wins', 'manual']),
  fallback: z.enum(['lww', 'manual']).optional(),
  schema: z.record(z.string(), z.unknown()),
});
const CollectionsFile = z.strictObject({ collections: z.record(z.string(), z.unknown()) });
const NAME = /^[a-z][a-z0-9_]{0,62}$/;

export interface Collection {
  name: string;
  scope: 'private' | 'space';
  strategy: ConflictStrategy;
  /** Validates a whole document; errors as `path: message`. */
  validate(document: unknown): string[];
}

export class CollectionsError extends Error {
  override readonly name = 'CollectionsError';
}

/**
 * The app-defined collections, from a JSON file: for each, its scope (private to its owner, or
 * shared in a space), its conflict strategy, and a JSON Schema (draft 2020-12) for its documents.
 * Every mistake is reported at start, one line each, with where it is.
 */
export class CollectionRegistry {
  private constructor(private readonly byName: ReadonlyMap<string, Collection>) {}

  static empty(): CollectionRegistry {
    return new CollectionRegistry(new Map());
  }

  static fromFile(path: string): CollectionRegistry {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CollectionsError(`${path}: cannot be read (${(error as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CollectionsError(`${path}: not valid JSON (${(error as Error).message})`);
    }
    return CollectionRegistry.fromJson(json, path);
  }

  static fromJson(json: unknown, source = 'collections'): CollectionRegistry {
    const parsed = CollectionsFile.safeParse(json);
    if (!parsed.success) {
      const lines = parsed.error.issues.map(
        (i) => `  ${source}: ${i.path.join('.') || '(file)'}: ${i.message}`,
      );
      throw new CollectionsError(`Invalid collections:\n${lines.join('\n')}`);
    }
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const problems: string[] = [];
    const byName = new Map<string, Collection>();
    for (const [name, raw] of Object.entries(parsed.data.collections)) {
      const where = `${source}: collections.${name}`;
      if (!NAME.test(name)) {
        problems.push(
          `  ${where}: not a collection name (lower case letters, digits and _, starting with a letter)`,
        );
      }
      const checked = CollectionSpec.safeParse(raw);
      if (!checked.success) {
        for (const issue of checked.error.issues)
          problems.push(`  ${[where, ...issue.path].join('.')}: ${issue.message}`);
        continue;
      }
      const spec = checked.data;
      if (RESERVED.has(name)) problems.push(`  ${where}: "${name}" is a system collection`);
      if (spec.fallback && spec.conflict !== 'field_merge') {
        problems.push(`  ${where}.fallback: only field_merge has a fallback`);
      }
      if (spec.schema.type !== 'object') problems.push(`  ${where}.schema.type: must be "object"`);
      let check: ValidateFunction | undefined;
      try {
        check = ajv.compile(spec.schema);
      } catch (error) {
        problems.push(`  ${where}.schema: ${(error as Error).message}`);
      }
      const strategy: ConflictStrategy =
        spec.conflict === 'field_merge'
          ? { kind: 'field_merge', fallback: spec.fallback ?? 'lww' }
          : { kind: spec.conflict };
      byName.set(name, {
        name,
        scope: spec.scope,
        strategy,
        validate(document) {
          if (!check || check(document)) return [];
          return (check.errors ?? []).map(
            (e) => `${e.instancePath || '(document)'}: ${e.message ?? 'invalid'}`,
          );
        },
      });
    }
    if (problems.length > 0) throw new CollectionsError(`Invalid collections:\n${problems.join('\n')}`);
    return new CollectionRegistry(byName);
  }

  get(name: string): Collection | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }
}
