import { randomUUID } from 'node:crypto';
import { formatHlc } from '../../domain/sync/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectionRunner, projectionsPosition } from '../../projectors/index.js';
import { allProjections } from '../../app/index.js';
import { createLogger, createMetrics } from '../../platform/observability/index.js';
import { api, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Signed {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
  position: number;
  user: { id: string };
}
interface Archive {
  userId: string;
  events: { stream: string; type: string; data: Record<string, unknown> }[];
  readModels: { profile: Record<string, unknown>[]; devices: Record<string, unknown>[]; sessions: unknown[] };
}

const password = 'correct horse battery staple';

describe('privacy: data export, and erasure by crypto-shredding', () => {
  let backend: TestBackend;
  let client: Api;

  beforeAll(async () => {
    backend = await startTestBackend('postgres', {
      collections: { diary: { scope: 'private', conflict: 'lww', schema: { type: 'object' } } },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  /** A user whose personal data is made of unique strings, easy to look for anywhere. */
  async function personalUser() {
    const tag = randomUUID();
    const secrets = {
      email: `erin-${tag}@example.com`,
      firstName: `Erin ${tag.slice(0, 8)}`,
      secondName: `Erin Renamed ${tag.slice(0, 8)}`,
      pushToken: `push-${tag}`,
      model: `Model-${tag}`,
      deviceName: `Erin's phone ${tag.slice(0, 8)}`,
      diaryEntry: `Dear diary ${tag}`,
    };
    const signed = await client.post<Signed>('/v1/auth/register', {
      email: secrets.email,
      password,
      displayName: secrets.firstName,
      device: {
        installationId: randomUUID(),
        platform: 'ios',
        model: secrets.model,
        name: secrets.deviceName,
        appVersion: '1.0.0',
        locale: 'en-GB',
        timezone: 'Europe/London',
        pushToken: secrets.pushToken,
      },
    });
    expect(signed.status).toBe(201);
    const renamed = await client.patch<{ position: number }>(
      '/v1/me',
      { displayName: secrets.secondName },
      { token: signed.body.accessToken },
    );
    expect(renamed.status).toBe(200);
    expect((await client.post('/v1/auth/passwordless/start', { email: secrets.email })).status).toBe(202);
    // A private document and an uploaded blob.
    const blob = await client.request<{ id: string; position: number }>('POST', '/v1/blobs', {
      token: signed.body.accessToken,
      rawBody: Buffer.from(`photo bytes ${tag}`),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(blob.status).toBe(201);
    const wrote = await client.post<{ position: number; results: { status: string }[] }>(
      '/v1/sync/mutations',
      {
        clientId: 'erin',
        mutations: [
          {
            mutationId: 'erin:1',
            collection: 'diary',
            documentId: 'today',
            op: 'put',
            set: { entry: secrets.diaryEntry, photo: { $blob: blob.body.id } },
            baseVersion: 0,
            hlc: formatHlc(Date.now(), 0, 'erin'),
          },
        ],
      },
      { token: signed.body.accessToken },
    );
    expect(wrote.body.results[0]?.status).toBe('applied');
    return { secrets, signed: signed.body, position: wrote.body.position, blobId: blob.body.id };
  }
  const knex = () => backend.process.infra.db.knex;
  const containsAny = (text: string, secrets: Record<string, string>) =>
    Object.values(secrets).filter((s) => text.includes(s));
  async function readModelText(versionAtLeast = 0): Promise<string> {
    const tables = await knex()
      .select<{ table_name: string }[]>('table_name')
      .from('information_schema.tables')
      .where('table_schema', 'public')
      .andWhere('table_name', 'like', 'rm\\_%');
    const chosen = tables
      .map((t) => t.table_name)
      .filter((name) => Number(/_v(\d+)$/.exec(name)?.[1] ?? 0) >= versionAtLeast);
    expect(chosen.length).toBeGreaterThan(0);
    const rows = await Promise.all(chosen.map((name) => knex()(name).select()));
    return JSON.stringify(rows);
  }
  /**
   * Waits until every projection serves reads from version + offset (blue/green switched) and
   * has processed the log up to `position`.
   */
  async function caughtUp(position: number, versionOffset = 0) {
    await expect
      .poll(
        async () => {
          const rows = await knex()('projection_checkpoints as c')
            .join('projection_registry as r', function () {
              this.on('r.projection', 'c.projection').andOn('r.active_version', 'c.version');
            })
            .whereIn(
              ['c.projection', 'c.version'],
              allProjections.map((p) => [p.name, p.version + versionOffset]),
            )
            .groupBy('c.projection')
            .select<{ projection: string; min: string }[]>(
              'c.projection',
              knex().raw('min(c.position) as min'),
            );
          return rows.filter((r) => Number(r.min) >= position).length;
        },
        { timeout: 30_000 },
      )
      .toBe(allProjections.length);
  }

  it('when a user asks for their data, the archive should hold their events and rows, secrets redacted; the log holds it encrypted', async () => {
    const { secrets, signed, position } = await personalUser();
    await caughtUp(position);
    const exported = await client.get<Archive>('/v1/me/export', { token: signed.accessToken });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    const text = exported.raw.toString();
    expect(containsAny(text, secrets).sort()).toEqual(Object.values(secrets).sort());
    const types = exported.body.events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['UserRegistered', 'UserProfileUpdated', 'SessionStarted', 'DeviceRegistered']),
    );
    expect(exported.body.events.find((e) => e.type === 'UserRegistered')?.data.passwordHash).toBe(
      '[redacted]',
    );
    expect(text).not.toMatch(/scrypt\$/);
    expect(exported.body.readModels.devices).toHaveLength(1);
    expect(exported.body.readModels.sessions).toHaveLength(1);
    expect(types).toContain('DocumentChanged');

    // At rest, the personal fields are ciphertext.
    const raw = await knex()('es_events')
      .whereRaw('data::text like ?', [`%${secrets.email}%`])
      .count<{ count: string }[]>('* as count');
    expect(Number(raw[0]?.count)).toBe(0);
    const sealed = await knex()('es_events')
      .where({ event_type: 'UserRegistered' })
      .whereRaw(`data->>'userId' = ?`, [signed.user.id])
      .first<{ data: { email: string } }>('data');
    expect(sealed?.data.email).toMatch(/^enc:v1:/);
    const diary = await knex()('es_events')
      .where({ event_type: 'DocumentChanged' })
      .whereRaw(`data->>'userId' = ?`, [signed.user.id])
      .first<{ data: { set: unknown } }>('data');
    expect(diary?.data.set).toMatch(/^enc:v1:/);
  });

  it('when a user is erased, nothing of theirs should be readable: not the live read models, not a full replay, not the log, not their blobs', async () => {
    const { secrets, signed, blobId } = await personalUser();
    const other = await personalUser();
    const wrong = await client.post(
      '/v1/me/erase',
      { password: 'not my password at all' },
      { token: signed.accessToken },
    );
    expect(wrong.status).toBe(401);
    const erased = await client.post<{ position: number }>(
      '/v1/me/erase',
      { password },
      { token: signed.accessToken },
    );
    expect(erased.status).toBe(200);
    expect((await client.get('/v1/me/export', { token: signed.accessToken })).status).toBe(401);
    expect((await client.post('/v1/auth/refresh', { refreshToken: signed.refreshToken })).status).toBe(401);
    expect((await client.post('/v1/auth/login', { email: secrets.email, password })).status).toBe(401);

    // Live read models are scrubbed.
    await caughtUp(erased.body.position);
    expect(containsAny(await readModelText(), secrets)).toEqual([]);
    // The bytes of their uploads are deleted from the blob store.
    await expect
      .poll(async () => backend.process.infra.blobs.get(`blobs/${blobId}`), { timeout: 30_000 })
      .toBeUndefined();

    // The whole log, as every reader sees it, holds none of it; the other user's data is intact.
    const head = await backend.process.infra.store.headPosition();
    let log = '';
    for (let after = 0; after < head;) {
      const page = await backend.process.infra.store.readAll({ after, limit: 1000 });
      log += JSON.stringify(page.events);
      after = page.scannedTo;
    }
    expect(containsAny(log, secrets)).toEqual([]);
    expect(containsAny(log, other.secrets).sort()).toEqual(Object.values(other.secrets).sort());

    // Replaying the whole log into fresh read models brings none of it back.
    const replay = allProjections.map(
      (projection) =>
        new ProjectionRunner({
          projection: { ...projection, version: projection.version + 1000 },
          store: backend.process.infra.store,
          knex: knex(),
          bus: backend.process.infra.bus,
          outbox: backend.process.infra.outbox,
          owner: 'replay',
          logger: createLogger({ level: 'silent' }),
          metrics: createMetrics(),
        }),
    );
    replay.forEach((r) => r.start());
    try {
      await caughtUp(head, 1000);
    } finally {
      await Promise.all(replay.map((r) => r.stop()));
    }
    const replayed = await readModelText(1000);
    expect(containsAny(replayed, secrets)).toEqual([]);
    expect(replayed).toContain(other.secrets.email);
    expect(await projectionsPosition(knex(), ['profiles'])).toBeGreaterThanOrEqual(erased.body.position);

    // The address is free again.
    const again = await client.post('/v1/auth/register', {
      email: secrets.email,
      password,
      displayName: 'New Erin',
    });
    expect(again.status).toBe(201);
  });
});
