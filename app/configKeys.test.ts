import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { configSchema } from './config.js';

const root = join(import.meta.dirname, '..');
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', 'data', 'test', 'bench', 'client']);

/** The TypeScript files that run in production: no tests, no test support, not config.ts itself. */
function productionSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name) ? [] : productionSources(path);
    // A module's *Settings.ts declares its keys as config.ts does the core's: declaring is not reading.
    const production =
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !entry.name.endsWith('Settings.ts');
    return production && relative(root, path) !== join('app', 'config.ts') ? [path] : [];
  });
}

/** Every identifier and string literal of a file's code (comments are not code). */
function namesIn(file: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isStringLiteralLike(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest));
  return names;
}

/** Keys the backend only validates: libraries read them from the environment themselves. */
const READ_BY_LIBRARIES: Record<string, string> = {
  NODE_ENV: 'Express (error pages, view cache) and other dependencies read process.env.NODE_ENV',
};

describe('configuration keys', () => {
  it('when a key is in the configuration schema, some production code should read it', () => {
    const read = new Set(productionSources(root).flatMap((file) => [...namesIn(file)]));
    const unread = Object.keys(configSchema.shape).filter((key) => !read.has(key) && !READ_BY_LIBRARIES[key]);
    expect(unread, `configuration keys nothing reads: ${unread.join(', ')}`).toEqual([]);
  });
});
