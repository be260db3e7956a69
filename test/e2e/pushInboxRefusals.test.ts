import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/api.js';
import { INBOX_PATH, inboxBackend, type Someone } from '../support/inboxBackend.js';

describe('push inbox refusals', () => {
  const kit = inboxBackend();
  const { send, inboxEvents, list } = kit;

  describe('refusals: a 4xx Problem Details, nothing recorded', () => {
    let annOnly: { id: string; position: number };
    beforeAll(async () => {
      annOnly = await send([kit.ann.userId]);
      await list(kit.ann, annOnly.position);
    });

    const refused = async (
      who: Someone,
      method: 'POST' | 'DELETE',
      path: string,
      status: number,
      body?: unknown,
      raw?: string,
    ) => {
      const before = await inboxEvents(who.userId);
      const response = await kit.client.request(method, `${INBOX_PATH}${path}`, {
        token: who.token,
        ...(raw !== undefined
          ? { rawBody: raw, headers: { 'content-type': 'application/json' } }
          : body !== undefined
            ? { body }
            : {}),
      });
      expect(response.status, response.raw.toString()).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await inboxEvents(who.userId)).toEqual(before);
    };

    it("another user's notification: 404 for every action, and it is not listed", async () => {
      for (const action of ['/read', '/received', '/opened'])
        await refused(kit.bob, 'POST', `/${annOnly.id}${action}`, 404);
      await refused(kit.bob, 'DELETE', `/${annOnly.id}`, 404);
      const bobs = await list(kit.bob, annOnly.position);
      expect(bobs.body.notifications.map((n) => n.id)).not.toContain(annOnly.id);
    });

    it('an unknown id, or one that is no id (too long): 404; a NUL byte in it: 400', async () => {
      await refused(kit.ann, 'POST', `/${randomUUID()}/read`, 404);
      await refused(kit.ann, 'POST', `/${randomUUID()}/opened`, 404);
      await refused(kit.ann, 'DELETE', `/${randomUUID()}`, 404);
      await refused(kit.ann, 'POST', '/abc%00def/read', 400);
      await refused(kit.ann, 'POST', `/${'a'.repeat(300)}/received`, 404);
    });

    it('a bad body: 400', async () => {
      await refused(kit.ann, 'POST', '/read-all', 400, { upTo: 'soon' });
      await refused(kit.ann, 'POST', '/read-all', 400, { upTo: -1 });
      await refused(kit.ann, 'POST', '/read-all', 400, { upTo: 1.5 });
      await refused(kit.ann, 'POST', '/read-all', 400, { upTo: 1, colour: 'red' });
      await refused(kit.ann, 'POST', '/read-all', 400, undefined, '{"upTo": "\u0000"}');
      await refused(kit.ann, 'POST', '/read-all', 400, undefined, '{"upTo": 1');
      await refused(kit.ann, 'POST', `/${annOnly.id}/read`, 400, { force: true });
      await refused(kit.ann, 'POST', `/${annOnly.id}/read`, 400, [1]);
    });

    it('a receipt from a token that names no device: 403', async () => {
      const deviceless = await signUp(kit.client, 'Cat');
      const cat = { userId: deviceless.userId, token: deviceless.accessToken, deviceId: '' };
      const sent = await send([cat.userId]);
      await list(cat, sent.position);
      await refused(cat, 'POST', `/${sent.id}/received`, 403);
      await refused(cat, 'POST', `/${sent.id}/opened`, 403);
    });

    it('a bad query or cursor: 400; no token: 401', async () => {
      expect((await kit.client.get(`${INBOX_PATH}?limit=0`, { token: kit.ann.token })).status).toBe(400);
      expect((await kit.client.get(`${INBOX_PATH}?limit=abc`, { token: kit.ann.token })).status).toBe(400);
      expect(
        (await kit.client.get(`${INBOX_PATH}?cursor=not-a-cursor`, { token: kit.ann.token })).status,
      ).toBe(400);
      const forged = Buffer.from('12/\u0000').toString('base64url');
      expect((await kit.client.get(`${INBOX_PATH}?cursor=${forged}`, { token: kit.ann.token })).status).toBe(
        400,
      );
      expect((await kit.client.get(INBOX_PATH)).status).toBe(401);
      expect((await kit.client.post(`${INBOX_PATH}/read-all`, {})).status).toBe(401);
      expect((await kit.client.delete(`${INBOX_PATH}/${annOnly.id}`)).status).toBe(401);
    });
  });
});
