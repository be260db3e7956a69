import { HttpProblem } from '../../platform/http/index.js';

/** 429: the user has REALTIME_CONNECTIONS_PER_USER streams and sockets open here already. */
export const tooManyConnections = (max: number) =>
  new HttpProblem(
    429,
    'too-many-connections',
    'Too many connections',
    `At most ${max} realtime connections per user; close one first`,
    { limit: max },
    { 'Retry-After': '5' },
  );
