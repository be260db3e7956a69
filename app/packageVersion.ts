import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest package.json above this module: the project's, from the sources or from dist/. */
function nearestPackageJson(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) throw new Error('package.json not found above ' + import.meta.url);
  }
}

const pkg = JSON.parse(readFileSync(nearestPackageJson(), 'utf8')) as { name: string; version: string };
export const PACKAGE_NAME = pkg.name;
export const PACKAGE_VERSION = pkg.version;
