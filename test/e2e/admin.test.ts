import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface AuditEntry {
  position: number;
  action: string;
  actorId: string | null;
  targetUserId: string;
  details: Record<string, unknown>;
}

describe('roles and administration', () => {
  let backend: TestBackend;
  let smtp: LocalSmtp;
  let client: Api;
  let admin: SignedUp;
  let support: SignedUp;
  const password = 'correct horse battery staple';
  const adminEmail = `admin-${randomUUID()}@example.com`;

  /** Signs up `email` and verifies it with the mailed code. */
  async function signUpVerified(email: string): Promise<SignedUp> {
    const response = await client.post<{
      user: { id: string };
      accessToken: string;
      refreshToken: string;
      position: number;
    }>('/v1/auth/register', { email, password, displayName: 'Staff' });
    const { mailTo, codeIn } = mailbox(smtp);
    const code = codeIn(await mailTo(email, /verification code/));
    const verified = await client.post(
      '/v1/auth/email/verify',
      { code },
      { token: response.body.accessToken },
    );
    expect(verified.status).toBe(200);
    return {
      userId: response.body.user.id,
      email,
      accessToken: response.body.accessToken,
      refreshToken: response.body.refreshToken,
      position: response.body.position,
    };
  }
  const post = (path: string, body: unknown, who: SignedUp) =>
    client.post(path, body, { token: who.accessToken });

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    backend = await startTestBackend('embedded', {
      env: { SMTP_URL: smtp.url, ADMIN_EMAILS: `someone-else@example.com, ${adminEmail.toUpperCase()}` },
    });
    client = api(backend.url);
    admin = await signUpVerified(adminEmail);
    support = await signUp(client, 'Support Person');
    const promoted = await client.request('PUT', `/v1/admin/users/${support.userId}/role`, {
      body: { role: 'support' },
      token: admin.accessToken,
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'support' });
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await smtp.close();
  });

  it('when an ADMIN_EMAILS address is verified, that user should be an admin; an unverified one should not', async () => {
    await expect
      .poll(async () => (await client.get('/v1/me', { token: admin.accessToken })).body.role, {
        timeout: 10_000,
      })
      .toBe('admin');
    const unverified = await client.post<{ accessToken: string }>('/v1/auth/register', {
      email: 'someone-else@example.com',
      password,
      displayName: 'Not yet',
    });
    const denied = await client.get('/v1/admin/users?q=a', { token: unverified.body.accessToken });
    expect(denied.status).toBe(403);
  });

  it('when a plain user or nobody calls any admin endpoint, it should be refused with 403 or 401', async () => {
    const user = await signUp(client);
    const target = await signUp(client);
    const endpoints: [string, string, unknown][] = [
      ['GET', '/v1/admin/users?q=', undefined],
      ['GET', `/v1/admin/users/${target.userId}`, undefined],
      ['GET', '/v1/admin/audit-log', undefined],
      ['POST', `/v1/admin/users/${target.userId}/suspend`, { reason: 'x' }],
      ['POST', `/v1/admin/users/${target.userId}/unsuspend`, {}],
      ['POST', `/v1/admin/users/${target.userId}/sign-out`, {}],
      ['PUT', `/v1/admin/users/${user.userId}/role`, { role: 'admin' }],
      ['POST', `/v1/admin/users/${target.userId}/erase`, {}],
    ];
    for (const [method, path, body] of endpoints) {
      const asUser = await client.request(method, path, { body, token: user.accessToken });
      expect(asUser.status, `${method} ${path}`).toBe(403);
      expect(asUser.headers.get('content-type')).toContain('application/problem+json');
      const anonymous = await client.request(method, path, { body });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
    }
    // The audit log is for admins only; support may not read it, nor change roles.
    expect((await client.get('/v1/admin/audit-log', { token: support.accessToken })).status).toBe(403);
    const escalate = await client.request('PUT', `/v1/admin/users/${support.userId}/role`, {
      body: { role: 'admin' },
      token: support.accessToken,
    });
    expect(escalate.status).toBe(403);
    // Nobody changes their own role or suspends themselves; support cannot touch an admin.
    const selfDemote = await client.request('PUT', `/v1/admin/users/${admin.userId}/role`, {
      body: { role: 'user' },
      token: admin.accessToken,
    });
    expect(selfDemote.status).toBe(403);
    expect((await post(`/v1/admin/users/${admin.userId}/suspend`, { reason: 'x' }, support)).status).toBe(
      403,
    );
    expect((await post(`/v1/admin/users/${admin.userId}/suspend`, { reason: 'x' }, admin)).status).toBe(403);
    // Erasure is for admins: support may not.
    expect((await post(`/v1/admin/users/${target.userId}/erase`, {}, support)).status).toBe(403);
  });

  it('when support suspends a user, tokens and refresh should fail at once, and sign-in until unsuspended', async () => {
    const user = await signUp(client);
    expect((await client.get('/v1/me?min_position=0', { token: user.accessToken })).status).not.toBe(401);
    const suspended = await post(`/v1/admin/users/${user.userId}/suspend`, { reason: 'spam' }, support);
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ suspended: true });
    expect((await client.get('/v1/me', { token: user.accessToken })).status).toBe(401);
    expect((await client.post('/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    const login = await client.post('/v1/auth/login', { email: user.email, password });
    expect(login.status).toBe(403);
    expect(login.body.type).toBe('/problems/account-suspended');
    // The wrong password still gets the plain answer: suspension is not revealed to strangers.
    const wrong = await client.post('/v1/auth/login', {
      email: user.email,
      password: 'not the password at all',
    });
    expect(wrong.status).toBe(401);

    expect((await post(`/v1/admin/users/${user.userId}/unsuspend`, {}, support)).status).toBe(200);
    expect((await client.post('/v1/auth/login', { email: user.email, password })).status).toBe(200);
  });

  it('when staff force a sign-out, every session should end; the user view should show why', async () => {
    const user = await signUp(client, 'Forced Out');
    const forced = await post(`/v1/admin/users/${user.userId}/sign-out`, {}, support);
    expect(forced.status).toBe(200);
    expect((await client.get('/v1/me', { token: user.accessToken })).status).toBe(401);
    expect((await client.post('/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    const view = await client.get<{
      user: { id: string; email: string };
      sessions: { revokeReason: string | null }[];
      devices: unknown[];
    }>(`/v1/admin/users/${user.userId}?min_position=${String(forced.body.position)}`, {
      token: support.accessToken,
    });
    expect(view.status).toBe(200);
    expect(view.body.user).toMatchObject({ id: user.userId, email: user.email });
    await expect
      .poll(
        async () =>
          (
            await client.get<{ sessions: { revokeReason: string | null }[] }>(
              `/v1/admin/users/${user.userId}`,
              {
                token: support.accessToken,
              },
            )
          ).body.sessions[0]?.revokeReason,
        { timeout: 10_000 },
      )
      .toBe('logout_all');
    expect((await client.get(`/v1/admin/users/${randomUUID()}`, { token: support.accessToken })).status).toBe(
      404,
    );
  });

  it('when staff search, users should be found by email prefix and by part of the name, a page at a time', async () => {
    const tag = randomUUID().slice(0, 8);
    const found: SignedUp[] = [];
    for (let i = 0; i < 3; i++) found.push(await signUp(client, `Searchable ${tag} ${i}`));
    await expect
      .poll(
        async () =>
          (await client.get<{ users: unknown[] }>(`/v1/admin/users?q=${tag}`, { token: support.accessToken }))
            .body.users.length,
        { timeout: 10_000 },
      )
      .toBe(3);
    const byName = await client.get<{ users: { id: string }[]; next: string | null }>(
      `/v1/admin/users?q=${tag}&limit=2`,
      { token: support.accessToken },
    );
    expect(byName.body.users).toHaveLength(2);
    expect(byName.body.next).not.toBeNull();
    const rest = await client.get<{ users: { id: string }[]; next: string | null }>(
      `/v1/admin/users?q=${tag}&limit=2&after=${encodeURIComponent(byName.body.next!)}`,
      { token: support.accessToken },
    );
    expect(rest.body.users).toHaveLength(1);
    expect([...byName.body.users, ...rest.body.users].map((u) => u.id).sort()).toEqual(
      found.map((u) => u.userId).sort(),
    );
    const byEmail = await client.get<{ users: { id: string }[] }>(
      `/v1/admin/users?q=${encodeURIComponent(found[1]!.email.slice(0, 12))}`,
      { token: support.accessToken },
    );
    expect(byEmail.body.users.map((u) => u.id)).toContain(found[1]!.userId);
    // LIKE wildcards are plain characters in a search.
    const wildcard = await client.get<{ users: unknown[] }>('/v1/admin/users?q=%25', {
      token: support.accessToken,
    });
    expect(wildcard.body.users).toHaveLength(0);
  });

  it('when an admin erases a user, the user should be gone, and the audit log should say who did it', async () => {
    const user = await signUp(client);
    const erased = await post(`/v1/admin/users/${user.userId}/erase`, {}, admin);
    expect(erased.status).toBe(200);
    expect((await client.post('/v1/auth/login', { email: user.email, password })).status).toBe(401);
    const log = await client.get<{ entries: AuditEntry[] }>(
      `/v1/admin/audit-log?userId=${user.userId}&min_position=${String(erased.body.position)}`,
      { token: admin.accessToken },
    );
    expect(log.body.entries.map((e) => [e.action, e.actorId])).toEqual([['erased', admin.userId]]);
    expect(
      (
        await client.get(`/v1/admin/users/${user.userId}?min_position=${String(erased.body.position)}`, {
          token: admin.accessToken,
        })
      ).status,
    ).toBe(404);
  });

  it('when staff act, each action should be in the audit log, in order, with who did it', async () => {
    const user = await signUp(client);
    const a = await post(`/v1/admin/users/${user.userId}/suspend`, { reason: 'abuse report 42' }, support);
    await post(`/v1/admin/users/${user.userId}/unsuspend`, {}, admin);
    const c = await client.request('PUT', `/v1/admin/users/${user.userId}/role`, {
      body: { role: 'support' },
      token: admin.accessToken,
    });
    expect(a.status).toBe(200);
    const log = await client.get<{ entries: AuditEntry[]; next: number | null }>(
      `/v1/admin/audit-log?userId=${user.userId}&min_position=${String(c.body.position)}`,
      { token: admin.accessToken },
    );
    expect(log.status).toBe(200);
    expect(log.body.entries.map((e) => [e.action, e.actorId])).toEqual([
      ['suspended', support.userId],
      ['forced_sign_out', support.userId],
      ['unsuspended', admin.userId],
      ['role_changed', admin.userId],
    ]);
    expect(log.body.entries[0]!.details).toEqual({ reason: 'abuse report 42' });
    expect(log.body.entries[3]!.details).toEqual({ role: 'support', previousRole: 'user' });

    const firstPage = await client.get<{ entries: AuditEntry[]; next: number | null }>(
      '/v1/admin/audit-log?limit=2',
      {
        token: admin.accessToken,
      },
    );
    expect(firstPage.body.entries).toHaveLength(2);
    // The system's grant to the ADMIN_EMAILS address comes first, with no actor.
    expect(firstPage.body.entries[0]).toMatchObject({
      action: 'role_changed',
      actorId: null,
      targetUserId: admin.userId,
    });
    const secondPage = await client.get<{ entries: AuditEntry[] }>(
      `/v1/admin/audit-log?limit=2&after=${firstPage.body.next}`,
      { token: admin.accessToken },
    );
    expect(secondPage.body.entries[0]!.position).toBeGreaterThan(firstPage.body.entries[1]!.position);
  });
});
