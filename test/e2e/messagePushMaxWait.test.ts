import { expect, it } from 'vitest';
import { messagePushId } from '../../features/messaging/messagePush/index.js';
import { describeOnBackends } from '../support/describeOnBackends.js';
import { messagePushKit, type Sent } from '../support/messagePushKit.js';

/**
 * The maximum wait of a conversation's push check (MESSAGE_PUSH_MAX_WAIT_MS), end to end on the
 * embedded backend and the production adapters: a chat that never pauses for the grace period.
 */
describeOnBackends(
  'message pushes in a chat that never pauses, end to end',
  (on) => {
    const { ready, client, member, as, send, pushesTo, pushed } = messagePushKit(on);

    it('when a chat never pauses for the grace period, a member who does not acknowledge should still be pushed during it, and a member who does should not', async (ctx) => {
      if (!ready(ctx)) return;
      const [ann, bob, cy] = [await member('Ann'), await member('Bob'), await member('Cy')];
      const created = await client().post<{ id: string }>(
        '/v1/conversations',
        { kind: 'group', name: 'Night shift', memberIds: [bob.userId, cy.userId] },
        as(ann),
      );
      expect(created.status).toBe(201);
      const group = created.body.id;
      // A message every 600 ms for 9 s: never the 2 s pause the check waits for. Cy's device is
      // connected and acknowledges each one; Bob's is not.
      const sent: Sent[] = [];
      for (let i = 0; i < 15; i++) {
        const message = await send(ann, group, `update ${i}`);
        sent.push(message);
        const receipt = await client().post(
          `/v1/conversations/${group}/receipts`,
          { delivered: message.seq },
          as(cy),
        );
        expect(receipt.status).toBeLessThan(300);
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      const last = sent.at(-1)!;
      await pushed(messagePushId({ conversationId: group, seq: last.seq }, 0), 1);
      // Besides the push once the chat paused, Bob got at least one while it went on (the
      // maximum wait, 2 s here); before that bound he got none until the chat paused.
      const during = sent.slice(0, -1).map(({ seq }) => messagePushId({ conversationId: group, seq }, 0));
      const bobs = (await pushesTo(bob)).map((push) => push.notification_id.split(':')[0]);
      expect(bobs.filter((id) => during.includes(id!)).length).toBeGreaterThanOrEqual(1);
      expect(await pushesTo(cy)).toEqual([]);
    }, 90_000);
  },
  { env: { MESSAGE_PUSH_DELAY_MS: '2000', MESSAGE_PUSH_MAX_WAIT_MS: '2000' } },
);
