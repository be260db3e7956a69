/** A layer of an Express 5 router (the `router` package, 2.x), as far as a route listing needs it. */
interface Layer {
  rawPath?: string | string[] | RegExp;
  route?: { path: string | string[]; methods: Record<string, boolean>; stack: Layer[] };
  handle?: { stack?: Layer[] } & Record<PropertyKey, unknown>;
}

export interface RouterRoute {
  method: string;
  /** OpenAPI's form: `/users/{id}` for Express's `/users/:id`. */
  path: string;
  /** The handlers on this route, in order (middleware declared on the path included). */
  handlers: Record<PropertyKey, unknown>[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const toOpenApi = (path: string) => path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1') || '/';

const pathsOf = (path: Layer['rawPath']): string[] =>
  typeof path === 'string' ? [path === '/' ? '' : path] : Array.isArray(path) ? path : [''];

/**
 * Every method and path an Express app or router answers, read from its router stack: routes of
 * nested routers joined to the paths they are mounted at, `prefix` before them all.
 */
export function routerRoutes(router: { stack: unknown[] }, prefix = ''): RouterRoute[] {
  const found: RouterRoute[] = [];
  const walk = (stack: Layer[], at: string) => {
    for (const layer of stack) {
      const route = layer.route;
      if (route) {
        for (const path of pathsOf(route.path)) {
          for (const method of METHODS.filter((m) => route.methods[m])) {
            found.push({
              method,
              path: toOpenApi(at + path),
              handlers: route.stack.map((l) => l.handle ?? {}),
            });
          }
        }
      } else if (layer.handle?.stack) {
        for (const path of pathsOf(layer.rawPath)) walk(layer.handle.stack, at + path);
      }
    }
  };
  walk(router.stack as Layer[], prefix);
  return found;
}
