import type { Request } from 'express';
import type { Knex } from 'knex';
import { canOperatePush } from '../../access/index.js';
import { authOf } from '../../platform/auth/index.js';
import { HttpProblem, problemResponse } from '../../platform/http/index.js';

/**
 * What the push admin query routes share: `admin(req)` refuses (403) anyone who may not operate
 * push ("Only admins may <what>"), and the OpenAPI security and refusal answers they document.
 */
export function pushAdminGuard(knex: Knex, what: string) {
  return {
    admin: async (req: Request): Promise<void> => {
      if (!(await canOperatePush(knex, authOf(req))))
        throw new HttpProblem(403, 'forbidden', 'Forbidden', `Only admins may ${what}`);
    },
    security: [{ bearer: [] }],
    denied: { 401: problemResponse('Not signed in'), 403: problemResponse('Not an admin') },
  };
}
