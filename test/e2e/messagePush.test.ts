import { expect, it } from 'vitest';
import {
  checkMessagePush,
  collapseKeyOf,
  messagePushId,
  messagePushKey,
} from '../../features/messaging/messagePush/index.js';
import { activeTable } from '../../projectors/index.js';
import { describeOnBackends } from '../support/describeOnBackends.js';
import { messagePushKit } from '../support/messagePushKit.js';

/**
 * Message pushes through the whole backend (embedded): the message-pushes projection schedules a
 * check per message, the scheduler publishes it after MESSAGE_PUSH_DELAY_MS, the check requests a
 * `messages` notification for the members who did not acknowledge the message (delivered
 * receipt), and the fan-out and the sender hand it to the recording provider (`push_outbox`).
 */
describeOnBackends(
  'message pushes, end to end',
  (on) => {
    const { ready, backend, client, knex, member, as, send, pushesTo, direct, pushed } = messagePushKit(on);

    it('when a member has not acknowledged a message, they should get one push collapsed per conversation, with their unread count as the badge, and the sender none', async (ctx) => {
      if (!ready(ctx)) return;
      const [ann, bob] = [await member('Ann'), await member('Bob')];
      const conversation = await direct(ann, bob);
      const sent = await send(ann, conversation, 'Are we still on for tonight?');

      const [push] = await pushed(messagePushId({ conversationId: conversation, seq: sent.seq }, 0), 1);
      expect(push).toMatchObject({
        device_id: bob.deviceId,
        kind: 'messages',
        title: 'Ann',
        body: 'Are we still on for tonight?',
        badge: 1,
        collapse_key: collapseKeyOf(conversation),
        data: { kind: 'message', conversationId: conversation, messageId: sent.id, seq: String(sent.seq) },
      });
      expect(await pushesTo(ann)).toEqual([]);
      // The words are the sender's: sealed with their key in the notification's stream.
      const raw = await knex()('es_events')
        .where({ stream_name: `notification-${push!.notification_id.split(':')[0]}` })
        .first<{ data: Record<string, unknown> | string }>('data');
      expect(raw).toBeDefined();

      // The check delivered again (a redelivery, a restart) requests nothing more.
      const stream = `notification-${messagePushId({ conversationId: conversation, seq: sent.seq }, 0)}`;
      const before = (await backend().process.infra.store.readStream(stream)).length;
      const again = await checkMessagePush(
        { store: backend().process.infra.store, knex: knex(), clock: () => new Date() },
        { conversationId: conversation, seq: sent.seq },
      );
      expect(again).toMatchObject({ action: 'push', recipients: [bob.userId] });
      expect((await backend().process.infra.store.readStream(stream)).length).toBe(before);
      expect(await pushesTo(bob)).toHaveLength(1);
      expect(JSON.stringify(raw!.data)).not.toContain('still on');
    }, 60_000);

    it('when members acknowledged the message, muted the conversation or block the sender, they should get no push; the others one', async (ctx) => {
      if (!ready(ctx)) return;
      const [ann, bob, cy, dee, eve, fay] = [
        await member('Ann'),
        await member('Bob'),
        await member('Cy'),
        await member('Dee'),
        await member('Eve'),
        await member('Fay'),
      ];
      const created = await client().post<{ id: string }>(
        '/v1/conversations',
        {
          kind: 'group',
          name: 'Climbers',
          memberIds: [bob.userId, cy.userId, dee.userId, eve.userId, fay.userId],
        },
        as(ann),
      );
      expect(created.status).toBe(201);
      const group = created.body.id;
      expect(
        (
          await client().request('PUT', `/v1/conversations/${group}/mute`, {
            body: { muted: true },
            ...as(cy),
          })
        ).status,
      ).toBe(200);
      expect(
        (await client().request('PUT', `/v1/me/blocks/${ann.userId}`, { body: {}, ...as(eve) })).status,
      ).toBeLessThan(300);

      // Fay turned message pushes off in her notification preferences (the `messages` category).
      const off = { push: false, inbox: true, quietHours: 'defer', cap: null };
      const preferences = await client().request('PUT', '/v1/me/notification-preferences', {
        body: { timezone: 'UTC', quietHours: null, categories: { messages: off } },
        ...as(fay),
      });
      expect(preferences.status).toBeLessThan(300);

      const sent = await send(ann, group, 'Boulders at six');
      // Bob's realtime client acknowledges the message as the page brings it.
      const receipt = await client().post(
        `/v1/conversations/${group}/receipts`,
        { delivered: sent.seq },
        as(bob),
      );
      expect(receipt.status).toBeLessThan(300);

      const pushes = await pushed(messagePushId({ conversationId: group, seq: sent.seq }, 0), 1);
      expect(pushes).toEqual([
        expect.objectContaining({ device_id: dee.deviceId, title: 'Climbers', body: 'Ann: Boulders at six' }),
      ]);
      for (const silent of [ann, bob, cy, eve, fay]) expect(await pushesTo(silent)).toEqual([]);
      // Fay was asked for (she did not acknowledge) and her preferences held it back.
      const table = await activeTable(knex(), 'notifications', 'push_notifications');
      const status = await knex()(table!)
        .whereRaw('notification_id::text = ?', [messagePushId({ conversationId: group, seq: sent.seq }, 0)])
        .first<{ suppressed: Record<string, number> | string }>('suppressed');
      const suppressed =
        typeof status?.suppressed === 'string'
          ? (JSON.parse(status.suppressed) as unknown)
          : status?.suppressed;
      expect(suppressed).toEqual({ muted: 1 });
    }, 60_000);

    it('when three messages come within the grace period, the member should get one push, for the latest', async (ctx) => {
      if (!ready(ctx)) return;
      const [ann, bob] = [await member('Ann'), await member('Bob')];
      const conversation = await direct(ann, bob);
      const sent = [
        await send(ann, conversation, 'one'),
        await send(ann, conversation, 'two'),
        await send(ann, conversation, 'three'),
      ];
      const last = sent[2]!;
      const [push] = await pushed(messagePushId({ conversationId: conversation, seq: last.seq }, 0), 1);
      expect(push).toMatchObject({ device_id: bob.deviceId, body: 'three', badge: 3 });
      // One scheduled check for the conversation, moved along to the last message: it fired
      // once, for that one; the earlier messages requested nothing.
      const item = await backend().process.infra.scheduler.get(messagePushKey(conversation));
      expect(item).toMatchObject({ status: 'done', attempts: 1 });
      const published = item!.payload as { messages: { value: string }[] };
      expect(JSON.parse(published.messages[0]!.value)).toMatchObject({
        conversationId: conversation,
        seq: last.seq,
      });
      expect(await pushesTo(bob)).toHaveLength(1);
      const table = await activeTable(knex(), 'notifications', 'push_notifications');
      const earlier = await knex()(table!)
        .whereRaw('notification_id::text = any(?)', [
          sent.slice(0, 2).map(({ seq }) => messagePushId({ conversationId: conversation, seq }, 0)),
        ])
        .count<{ count: string }[]>('* as count');
      expect(Number(earlier[0]!.count)).toBe(0);
    }, 60_000);
  },
  { env: { MESSAGE_PUSH_DELAY_MS: '2000' } },
);
