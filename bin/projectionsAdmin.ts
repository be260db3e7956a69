// npm run projections -- status | parked [--all] | replay <id> | scheduled-dead | scheduled-retry <key>
// Operations on the projections and the scheduler of the configured database (DATABASE_URL, or
// the embedded one).
import { allProjections, loadConfig } from '../app/index.js';
import { openInfrastructure } from '../app/openInfrastructure.js';
import { ensureProjectorSchema, listParked, replayParked } from '../projectors/index.js';

const [command = 'status', argument] = process.argv.slice(2);
const infra = await openInfrastructure(loadConfig(), 'projections-admin');
try {
  const knex = infra.db.knex;
  await ensureProjectorSchema(knex);
  if (command === 'status') {
    const head = await infra.store.headPosition();
    const rows = await knex('projection_checkpoints as c')
      .leftJoin('projection_registry as r', 'r.projection', 'c.projection')
      .leftJoin('projection_leases as l', function joinLease() {
        this.on('l.projection', 'c.projection')
          .andOn('l.version', 'c.version')
          .andOn('l.partition', 'c.partition');
      })
      .orderBy(['c.projection', 'c.version', 'c.partition'])
      .select(
        'c.projection',
        'c.version',
        'c.partition',
        'c.partitions',
        'c.position',
        'r.active_version',
        'l.owner',
        'l.expires_at',
      );
    console.table(
      rows.map((r) => ({ ...r, active: r.active_version === r.version, lag: head - Number(r.position) })),
    );
    console.log(
      `head position ${head}; ${(await listParked(knex, { pending: true })).length} parked event(s) pending`,
    );
  } else if (command === 'parked') {
    console.table(await listParked(knex, { pending: argument !== '--all' }));
  } else if (command === 'replay' && argument) {
    await replayParked(
      {
        knex,
        store: infra.store,
        bus: infra.bus,
        outbox: infra.outbox,
        changes: infra.changeSignal,
        projections: allProjections,
      },
      Number(argument),
    );
    console.log(`replayed parked event ${argument}`);
  } else if (command === 'scheduled-dead') {
    const dead = await infra.scheduler.deadLetters(1000);
    console.table(
      dead.map(({ key, kind, dueAt, attempts, lastError }) => ({ key, kind, dueAt, attempts, lastError })),
    );
    console.log(`${dead.length} dead scheduled item(s)`);
  } else if (command === 'scheduled-retry' && argument) {
    const retried = await infra.scheduler.retryDead(argument);
    console.log(retried ? `scheduled item ${argument} is due again` : `no dead scheduled item ${argument}`);
    if (!retried) process.exitCode = 1;
  } else {
    console.error(
      'usage: npm run projections -- status | parked [--all] | replay <id> | scheduled-dead | scheduled-retry <key>',
    );
    process.exitCode = 2;
  }
} finally {
  await infra.close();
}
