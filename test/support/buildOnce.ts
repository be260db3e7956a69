import { execFileSync } from 'node:child_process';

/**
 * Vitest global setup: compiles bin/ into dist/ once per run, so the tests' child processes run
 * what `npm start` runs (JavaScript, no TypeScript compiler at run time).
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
