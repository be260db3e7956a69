import { randomUUID } from 'node:crypto';
import { load } from './feedBench.js';
import { fmt, type Row } from './report.js';

const json = { 'content-type': 'application/json' };

/** The collections file the sync benchmark's backend runs with. */
export const SYNC_BENCH_COLLECTIONS = {
  collections: {
    jobs: {
      scope: 'private',
      conflict: 'lww',
      schema: {
        type: 'object',
        properties: { title: { type: 'string' }, status: { type: 'string' }, n: { type: 'number' } },
        required: ['title'],
      },
    },
  },
};

/**
 * Mutations: single-document batches one after another from several clients, against batches of
 * 100 (a batch reads its streams in one query and appends them in one transaction).
 */
export async function syncBench(base: string, token: string, seconds: number): Promise<Row> {
  const headers = { ...json, authorization: `Bearer ${token}` };
  let hlc = Date.now();
  const mutation = (clientId: string, seq: number) => ({
    mutationId: `${clientId}:${seq}`,
    collection: 'jobs',
    documentId: `${clientId}-${seq}`,
    op: 'put',
    set: { title: `job ${seq}`, status: 'open', n: seq },
    baseVersion: 0,
    hlc: `${String(++hlc).padStart(15, '0')}:0000:${clientId.slice(0, 8)}`,
  });
  async function run(batchSize: number, clients: number): Promise<number> {
    let done = 0;
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const clientId = `b${randomUUID().slice(0, 8)}`;
        let seq = 0;
        while (performance.now() < deadline) {
          const mutations = Array.from({ length: batchSize }, () => mutation(clientId, ++seq));
          const response = await fetch(`${base}/v1/sync/mutations`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ clientId, mutations }),
          });
          if (response.status !== 200) throw new Error(`mutations answered ${response.status}`);
          const body = (await response.json()) as { results: { status: string }[] };
          if (body.results.some((r) => r.status !== 'applied')) throw new Error('a mutation was not applied');
          done += batchSize;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  }
  const single = await run(1, 4);
  const batched = await run(100, 4);
  return {
    benchmark: 'mutations/s: batches of 100 (4 clients)',
    result: `${fmt(batched)} mutations/s (${fmt(batched / 100, 1)} batches/s)`,
    baseline: `one mutation per request: ${fmt(single)}/s`,
    ratio: `${fmt(batched / single, 1)}×`,
    goal: '≥ 10×',
  };
}

/** A feed page of 100 app documents (the `jobs` collection): protobuf against JSON, and brotli. */
export async function documentFeedBench(base: string, token: string, seconds: number): Promise<Row[]> {
  const auth = { authorization: `Bearer ${token}` };
  const clientId = `f${randomUUID().slice(0, 8)}`;
  const mutations = Array.from({ length: 100 }, (_, i) => ({
    mutationId: `${clientId}:${i + 1}`,
    collection: 'jobs',
    documentId: `feed-${i}`,
    op: 'put',
    set: { title: `Replace the boiler valve at unit ${i}`, status: i % 3 === 0 ? 'done' : 'open', n: i },
    baseVersion: 0,
    hlc: `${String(Date.now()).padStart(15, '0')}:${String(i).padStart(4, '0')}:${clientId}`,
  }));
  const sent = await fetch(`${base}/v1/sync/mutations`, {
    method: 'POST',
    headers: { ...json, ...auth },
    body: JSON.stringify({ clientId, mutations }),
  });
  const { position } = (await sent.json()) as { position: number };
  const page = `${base}/v1/feed?limit=100&collections=jobs`;
  // The projections may still be applying the batches of the bench before (a 503 asks to retry).
  let first = await fetch(`${page}&min_position=${position}`, { headers: auth });
  for (let retries = 0; first.status === 503 && retries < 30; retries++) {
    await first.arrayBuffer();
    first = await fetch(`${page}&min_position=${position}`, { headers: auth });
  }
  if (first.status !== 200) throw new Error(`the first documents page answered ${first.status}`);
  const count = ((await first.json()) as { changes?: unknown[] }).changes?.length ?? 0;
  if (count !== 100) throw new Error(`expected 100 documents, got ${count}`);
  const asJson = await load(page, { ...auth, accept: 'application/json' }, 10, seconds);
  const asProto = await load(page, { ...auth, accept: 'application/x-protobuf' }, 10, seconds);
  const brotli = { 'accept-encoding': 'br' };
  const jsonBr = await load(page, { ...auth, ...brotli, accept: 'application/json' }, 10, seconds);
  const protoBr = await load(page, { ...auth, ...brotli, accept: 'application/x-protobuf' }, 10, seconds);
  return [
    {
      benchmark: 'feed page of 100 documents, protobuf (10 conns)',
      result: `${fmt(asProto.rps)} req/s, ${fmt(asProto.bytes)} B`,
      baseline: `JSON: ${fmt(asJson.rps)} req/s, ${fmt(asJson.bytes)} B`,
      ratio: `${fmt(asProto.rps / asJson.rps, 2)}× req/s, ${fmt((asProto.bytes / asJson.bytes) * 100)}% bytes`,
      goal: '—',
    },
    {
      benchmark: 'the same page with brotli: protobuf (10 conns)',
      result: `${fmt(protoBr.rps)} req/s, ${fmt(protoBr.bytes)} B`,
      baseline: `JSON + brotli: ${fmt(jsonBr.rps)} req/s, ${fmt(jsonBr.bytes)} B`,
      ratio: `${fmt(protoBr.rps / jsonBr.rps, 2)}× req/s, ${fmt((protoBr.bytes / jsonBr.bytes) * 100)}% bytes`,
      goal: '—',
    },
  ];
}
