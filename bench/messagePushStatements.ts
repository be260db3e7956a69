// Statements per chat message in the backend process, with and without the message push check
// (the `message-pushes` projection and its `message-push-checks` worker), on a fresh PostgreSQL
// database with the Postgres bus: MESSAGE_PUSH_STATEMENTS_MESSAGES messages (default 200) sent
// over HTTP at MESSAGE_PUSH_STATEMENTS_RATE per second (default 20) in
// MESSAGE_PUSH_STATEMENTS_GROUPS groups of 5 (default 8), each
// acknowledged by every other member (a delivered receipt, as a realtime client sends), so no
// push is due: the common case. Counts every statement the process's knex sends (BEGIN and
// COMMIT included) from the first send until every check has run; prints the difference by kind.
//   npx tsx bench/messagePushStatements.ts
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory from 'knex';
import { WORKER_NAMES } from '../app/runProjectors.js';
import { MESSAGE_PUSHES } from '../features/messaging/messagePush/index.js';
import { startTestBackend } from '../test/support/startTestBackend.js';
import { postgresCpuMs } from './peers/procStat.js';
import { seedChat } from './realtime/seedChat.js';

const MESSAGES = Number(process.env.MESSAGE_PUSH_STATEMENTS_MESSAGES ?? 200);
const RATE = Number(process.env.MESSAGE_PUSH_STATEMENTS_RATE ?? 20);
// 8 groups at 20/s: a message in each group every 0.4 s, within the grace period (a burst); 64
// groups at 16/s: one every 4 s, after it (every message checked on its own).
const GROUPS = Number(process.env.MESSAGE_PUSH_STATEMENTS_GROUPS ?? 8);
const DELAY_MS = 3000;

async function post(url: string, body: unknown, token: string): Promise<{ seq: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { seq: number };
}

/** The kind of a statement: its first words, numbers and parameters left out. */
const kindOf = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/rm_\w+_v\d+/g, 'rm_*')
    .replace(/\$\d+|\?|\b\d+\b/g, '?')
    .trim()
    .slice(0, 90);

async function run(withPushes: boolean) {
  const only = withPushes
    ? undefined
    : WORKER_NAMES.filter((name) => name !== MESSAGE_PUSHES && name !== 'message-push-checks');
  const backend = await startTestBackend('postgres', {
    env: { MESSAGE_PUSH_DELAY_MS: String(DELAY_MS), RATE_LIMIT_MULTIPLIER: '0' },
    ...(only ? { selection: { only } } : {}),
  });
  const observer = knexFactory({
    client: 'pg',
    connection: backend.env.DATABASE_URL,
    pool: { min: 0, max: 1 },
  });
  try {
    const chat = await seedChat(backend.url, { users: GROUPS * 5, groupSize: 5, devices: 1 });
    await sleep(DELAY_MS + 2000);
    const kinds = new Map<string, number>();
    let total = 0;
    backend.process.infra.db.knex.on('query', (query: { sql: string }) => {
      total++;
      const kind = kindOf(query.sql);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    });
    const cpuBefore = { node: process.cpuUsage(), postgres: postgresCpuMs() };
    const started = Date.now();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const due = started + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      const group = chat.groups[i % chat.groups.length]!;
      const sender = group.members[Math.floor(i / chat.groups.length) % group.members.length]!;
      const base = `${backend.url}/v1/conversations/${group.conversationId}`;
      sends.push(
        (async () => {
          const { seq } = await post(
            `${base}/messages`,
            { clientMessageId: `m${i}`, text: `m ${i}` },
            sender.token,
          );
          // One after another: receipts of one conversation share a stream (a 409 is sent again).
          for (const member of group.members.filter((m) => m !== sender))
            for (let attempt = 0; ; attempt++) {
              try {
                await post(`${base}/receipts`, { delivered: seq }, member.token);
                break;
              } catch (error) {
                if (attempt >= 5 || !String(error).includes(': 409')) throw error;
              }
            }
        })(),
      );
    }
    await Promise.all(sends);
    // Every check has run: no message-push item pending, the checks' consumer at the bus's head.
    await sleep(DELAY_MS);
    for (;;) {
      const pending = await observer('scheduled_items')
        .whereLike('key', 'message-push:%')
        .where({ status: 'pending' })
        .count<{ count: string }[]>('* as count');
      const behind = withPushes
        ? await observer.raw<{ rows: { behind: string }[] }>(
            `select count(*) as behind from bus_messages m join bus_offsets o
               on o.topic = m.topic and o.partition = m.partition and o.consumer_group = 'message-push-checks'
             where m.id > o.last_id`,
          )
        : { rows: [{ behind: '0' }] };
      if (Number(pending[0]!.count) === 0 && Number(behind.rows[0]!.behind) === 0) break;
      await sleep(200);
    }
    await sleep(1000);
    const node = process.cpuUsage(cpuBefore.node);
    // This process's CPU (the backend and the sending client) and every PostgreSQL process's.
    const cpuMs = (node.user + node.system) / 1000 + (postgresCpuMs() - cpuBefore.postgres);
    return { total, kinds, seconds: (Date.now() - started) / 1000, cpuMs };
  } finally {
    await observer.destroy();
    await backend.stop();
  }
}

const without = await run(false);
const withPushes = await run(true);
const per = (n: number) => (n / MESSAGES).toFixed(2);
console.log(
  `${MESSAGES} messages at ${RATE}/s in ${GROUPS} groups of 5, each acknowledged by the 4 other members: ` +
    `${per(withPushes.total)} statements per message with the push check, ${per(without.total)} without ` +
    `(the check: ${per(withPushes.total - without.total)}); windows ${withPushes.seconds.toFixed(1)} s / ${without.seconds.toFixed(1)} s; ` +
    `CPU (this process and PostgreSQL) ${per(withPushes.cpuMs)} / ${per(without.cpuMs)} ms per message`,
);
const rows = [...new Set([...withPushes.kinds.keys(), ...without.kinds.keys()])]
  .map((kind) => ({ kind, diff: (withPushes.kinds.get(kind) ?? 0) - (without.kinds.get(kind) ?? 0) }))
  .filter((row) => row.diff !== 0)
  .sort((a, b) => b.diff - a.diff);
for (const row of rows) console.log(`${per(row.diff).padStart(7)}  ${row.kind}`);
process.exit(0);
