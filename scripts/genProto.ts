import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Regenerates proto/generated from proto/**.proto with protobufjs-cli (static code + types). */
export function generateProto(outDir: string): void {
  const sources = readdirSync('proto/mobile/v1')
    .filter((f) => f.endsWith('.proto'))
    .map((f) => join('proto/mobile/v1', f))
    .sort();
  const js = join(outDir, 'mobile.js');
  execFileSync('npx', [
    'pbjs',
    '-t',
    'static-module',
    '-w',
    'es6',
    '--es6',
    '--no-beautify',
    '-o',
    js,
    ...sources,
  ]);
  execFileSync('npx', ['pbts', '-o', join(outDir, 'mobile.d.ts'), js]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateProto('proto/generated');
  console.log('proto/generated updated');
}
