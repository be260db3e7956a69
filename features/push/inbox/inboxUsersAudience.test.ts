import { describe, expect, it } from 'vitest';
import { userErased, userRegistered, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { fannedOut, requested } from '../../../test/support/notificationEvents.js';
import { inboxProjection } from './inboxProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const ghost = uuid(3);
const n1 = uuid(101);
const n2 = uuid(102);

/** A send to named users lands in their inboxes at once, device or not (inbox projection). */
describe('inbox projection, a users audience', () => {
  const spec = projectionSpec(inboxProjection);

  it('when users are named, each known user should get the row at the request, with no device to push to; the pages add nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        userRegistered(ann),
        userRegistered(bob, 'bob@example.com'),
        userRegistered(ghost, 'ghost@example.com'),
        userErased(ghost),
        // Ann has no device: no page will ever name her. An unknown id and an erased user get nothing.
        requested(n1, { audience: { type: 'users', userIds: [ann, bob, ghost, uuid(99)] } }),
        fannedOut(n1, [bob]),
      )
      .inspect(async ({ rows, announced }) => {
        expect((await rows('inbox_notifications')).map((r) => [r.user_id, r.listed, r.title])).toEqual([
          [ann, true, 'Sale'],
          [bob, true, 'Sale'],
        ]);
        expect(await rows('inbox_badges')).toMatchObject([
          { user_id: ann, unread: 1 },
          { user_id: bob, unread: 1 },
        ]);
        expect(announced.has(ann)).toBe(true);
      });
  });

  it("when a campaign's A/B slice names users, only the users the fan-out reached should get the row", async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const split = {
      campaignId: uuid(500),
      variant: 'a',
      variants: [
        { name: 'a', percent: 50 },
        { name: 'b', percent: 50 },
      ],
    };
    await spec
      .given(
        userRegistered(ann),
        userRegistered(bob, 'bob@example.com'),
        requested(n2, { audience: { type: 'users', userIds: [ann, bob], split } }),
        fannedOut(n2, [bob]),
      )
      .inspect(async ({ rows }) => {
        expect((await rows('inbox_notifications')).map((r) => r.user_id)).toEqual([bob]);
      });
  });
});
