import type { Express } from 'express';

/** The parts of the `router` package's layers read here (Express 5, router 2). */
interface Layer {
  match?(path: string): { params: Record<string, string>; path: string } | false;
  route?: { methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

export interface RouteMatch {
  /** Lower-case methods the route answers (`_all` for `router.all`). */
  methods: string[];
  params: Record<string, string>;
}

function safeMatch(layer: Layer, path: string) {
  try {
    return layer.match?.(path) || undefined;
  } catch {
    return undefined; // A parameter that does not decode: no match.
  }
}

function collect(stack: Layer[], path: string, into: RouteMatch[]): void {
  for (const layer of stack) {
    const match = safeMatch(layer, path);
    if (!match) continue;
    if (layer.route) {
      into.push({ methods: Object.keys(layer.route.methods), params: match.params });
    } else if (Array.isArray(layer.handle?.stack)) {
      // A mounted router: match the rest of the path against its own layers.
      const rest = path.slice(match.path.length);
      collect(layer.handle.stack, rest.startsWith('/') ? rest : `/${rest}`, into);
    }
  }
}

/** The registered routes whose path matches `path`, whatever their method, in mount order. */
export function routesMatching(app: Express, path: string): RouteMatch[] {
  const found: RouteMatch[] = [];
  collect((app.router as unknown as { stack: Layer[] }).stack, path, found);
  return found;
}
