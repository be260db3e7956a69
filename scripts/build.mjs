// Compiles the entry points in bin/ into dist/ (ES modules, one shared chunk per common part),
// so the processes run JavaScript and no TypeScript compiler at run time. Packages stay external
// (node_modules is resolved at run time); the source maps point stack traces at the .ts files.
// `npm start` and the tests run it first; it takes well under a second.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = readdirSync(join(root, 'bin'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(root, 'bin', file));

const outdir = join(root, 'dist');

const result = await build({
  entryPoints: entries,
  outdir,
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  outExtension: { '.js': '.js' },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
});

// Chunks of earlier builds (their names carry a content hash) would pile up: remove every file
// in dist/ this build did not write.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => join(root, file)));
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath, entry.name);
  if (entry.isFile() && !written.has(file)) rmSync(file);
}
