import { formatHlc } from '../../domain/sync/index.js';
import { api, signUp, type Api, type SignedUp } from './api.js';
import { startTestBackend, type TestBackend } from './startTestBackend.js';

export interface Result {
  mutationId: string;
  status: string;
  version?: number;
  reason?: string;
  conflictFields?: string[];
  errors?: string[];
  document?: { version: number; fields: Record<string, unknown> };
}
export interface Response {
  results: Result[];
  position: number;
}

export const schema = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1 },
    status: { enum: ['open', 'done'] },
    notes: { type: 'string' },
  },
  required: ['title'],
  additionalProperties: false,
};

/**
 * A backend with three sync collections (`jobs`: field_merge with a manual fallback, `notes`:
 * lww, `shared`: a space collection, all on one schema), a signed-up user Ann, and helpers to
 * send batches and to make mutations with fresh ids and clocks.
 */
export async function startSyncBackend() {
  const backend: TestBackend = await startTestBackend('embedded', {
    collections: {
      jobs: { scope: 'private', conflict: 'field_merge', fallback: 'manual', schema },
      notes: { scope: 'private', conflict: 'lww', schema },
      shared: { scope: 'space', conflict: 'lww', schema },
    },
  });
  const client: Api = api(backend.url);
  const ann: SignedUp = await signUp(client, 'Ann');
  let seq = 0;
  const hlc = (ms = Date.now()) => formatHlc(ms, 0, 'test');
  return {
    backend,
    client,
    ann,
    hlc,
    send: (who: SignedUp, clientId: string, mutations: Record<string, unknown>[]) =>
      client.post<Response>('/v1/sync/mutations', { clientId, mutations }, { token: who.accessToken }),
    m: (clientId: string, fields: Record<string, unknown>) => ({
      mutationId: `${clientId}:${++seq}`,
      collection: 'jobs',
      hlc: hlc(),
      ...fields,
    }),
  };
}
export type SyncBackend = Awaited<ReturnType<typeof startSyncBackend>>;
