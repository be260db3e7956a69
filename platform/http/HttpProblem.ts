/**
 * An RFC 9457 Problem Details error. `type` is a stable slug under /problems/ that clients
 * can switch on; `extensions` carry machine-readable details (field errors, limits).
 */
export class HttpProblem extends Error {
  override readonly name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }

  toJSON(instance?: string): Record<string, unknown> {
    return {
      type: `/problems/${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...this.extensions,
    };
  }
}

export const problems = {
  unauthenticated: (detail = 'A valid access token is required') =>
    new HttpProblem(401, 'unauthenticated', 'Unauthenticated', detail, {}, { 'WWW-Authenticate': 'Bearer' }),
  notFound: (detail = 'No such resource') => new HttpProblem(404, 'not-found', 'Not found', detail),
  validation: (errors: { path: string; message: string; in?: 'body' | 'query' | 'path' }[]) =>
    new HttpProblem(400, 'validation', 'The request is not valid', 'See `errors` for each problem', {
      errors,
    }),
  badRequest: (slug: string, detail: string) => new HttpProblem(400, slug, 'Bad request', detail),
  conflict: (slug: string, detail: string) => new HttpProblem(409, slug, 'Conflict', detail),
  notAcceptable: (detail: string) => new HttpProblem(406, 'not-acceptable', 'Not acceptable', detail),
};
