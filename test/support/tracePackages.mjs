// `node --import ./test/support/tracePackages.mjs …` prints `PKG <name>` on stderr for each
// package the process loads (ES modules through a resolve hook, CommonJS through Module._load).
import Module, { register } from 'node:module';
import process from 'node:process';
import { URL } from 'node:url';

const NAME = /node_modules\/((?:@[^/]+\/)?[^/]+)/;
register(new URL('./tracePackagesHook.mjs', import.meta.url));
const load = Module._load;
Module._load = function (request, parent, ...rest) {
  try {
    const match = NAME.exec(Module._resolveFilename(request, parent));
    if (match) process.stderr.write(`PKG ${match[1]}\n`);
  } catch {
    // a built-in or unresolvable request: not a package
  }
  return load.call(this, request, parent, ...rest);
};
