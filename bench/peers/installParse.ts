import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Parse Server 9 is installed for the benchmark: outside the project's dependencies. */
export function parseCacheDir(): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'eventide-bench', 'parse-server-9');
}

/**
 * Express's `router` 2.3.0 (2026-11-17) no longer keeps a match's params on the layer, which
 * Parse Server 9.10's PromiseRouter reads: every POST /parse/batch then fails with a 500
 * ("Cannot convert undefined or null to object"). Express 5.2 accepts router ^2.2.0, so the cache
 * holds router 2.2.0, the version Parse Server is released and tested with.
 */
const ROUTER = { spec: 'router@2.2.0', prefix: '2.2.' };

function versionOf(dir: string, name: string): string | undefined {
  const manifest = join(dir, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function installedVersion(dir: string): string | undefined {
  const version = versionOf(dir, 'parse-server');
  const router = versionOf(dir, 'router');
  return version?.startsWith('9.') && router?.startsWith(ROUTER.prefix) ? version : undefined;
}

/**
 * Installs the latest Parse Server 9.x from the npm registry into the cache folder, unless a 9.x
 * is already there (with router 2.2, see ROUTER); returns the folder and the version. Install scripts are not run (none of
 * Parse's are needed: its own only prints a banner). package.json and package-lock.json of the
 * project are not touched: npm writes only under `--prefix`.
 */
export function installParse(): { dir: string; version: string } {
  const dir = parseCacheDir();
  const present = installedVersion(dir);
  if (present) return { dir, version: present };
  mkdirSync(dir, { recursive: true });
  console.log(`Installing parse-server@9 (with ${ROUTER.spec}) into ${dir} (once)…`);
  const args = [
    'install',
    '--prefix',
    dir,
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--save-exact',
    'parse-server@9',
    ROUTER.spec,
  ];
  // Under `npm run`, npm_execpath is the npm that runs us; otherwise the npm on the PATH.
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js'))
    execFileSync(process.execPath, [npmCli, ...args], { stdio: 'inherit' });
  else execFileSync('npm', args, { stdio: 'inherit' });
  const version = installedVersion(dir);
  if (!version) throw new Error(`parse-server 9 is not in ${dir} after npm install`);
  return { dir, version };
}
