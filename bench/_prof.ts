import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../infra/eventStore/index.js';
import { appendInTransaction } from '../infra/eventStore/postgres/appendInTransaction.js';
import { createPostgresDatabase } from '../infra/postgres/index.js';
const db = await createPostgresDatabase({ connectionString: 'postgres://postgres@127.0.0.1:5432/pgb', poolMax: 32 });
const store = await PostgresEventStore.open(db);
let n = 0;
async function run(label: string, f: (i: number) => Promise<unknown>) {
  n = 0; const t = performance.now(); const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: 32 }, async () => { while (performance.now() - t < 4000) await f(n++); }));
  const c = process.cpuUsage(cpu);
  console.log(label, Math.round(n / ((performance.now() - t) / 1000)), '/s, node cpu %', Math.round((c.user + c.system) / 1000 / 40));
}
const ev = (i: number) => [{ id: randomUUID(), type: 'X', data: { i }, metadata: { schemaVersion: 1, commandId: randomUUID() } }];
for (let k = 0; k < 2; k++) {
await run('store.append', (i) => store.append(`a${k}-${i}-${randomUUID()}`, ev(i), 'any'));
await run('no announce', (i) => appendInTransaction(db.knex, `b${k}-${i}-${randomUUID()}`, ev(i), 'any'));
await run('raw', (i) => db.knex.raw(`insert into bench_raw_events (event_id, stream_name, stream_category, stream_version, event_type, data, metadata) values (?, ?, 'bench', ?, 'X', ?, ?)`, [randomUUID(), `r-${randomUUID()}`, 0, JSON.stringify({ i }), JSON.stringify({ schemaVersion: 1, commandId: randomUUID() })]));
}
await store.close(); await db.close();
