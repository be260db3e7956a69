// The resolve hook tracePackages.mjs registers: reports each package an import resolves to.
import process from 'node:process';

const NAME = /node_modules\/((?:@[^/]+\/)?[^/]+)/;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const match = NAME.exec(resolved.url);
  if (match) process.stderr.write(`PKG ${match[1]}\n`);
  return resolved;
}
