import { ClientFleet, type ClientSocket } from './ClientFleet.js';
import { quantile } from './procStatus.js';
import type { Chat } from './seedChat.js';
import { sendAtRate, type SendRun } from './sendAtRate.js';

/** Where a run sends to and connects to. */
export interface ChatTarget {
  kind: 'eventide' | 'bare';
  /** Where messages are sent (POST /v1/conversations/{id}/messages). */
  commandBase: string;
  /** Where the sockets connect. */
  socketBase: string;
}

/** Deliveries of a phase to the other members' sockets. */
export interface Deliveries {
  send: SendRun;
  /** Sent → received at another member's socket, ms. */
  p50Ms: number;
  p99Ms: number;
  /** The sender's 201 → received at another member's socket (the delivery path alone; below 0 when it came first), ms. */
  ackedP50Ms: number;
  ackedP99Ms: number;
  delivered: number;
  expected: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The sockets of a chat on one server and the messages sent to it: each send is stamped before
 * its request, and every socket of another member that receives it adds a latency sample.
 */
export class ChatRun {
  readonly fleet: ClientFleet;
  readonly kind: ChatTarget['kind'];
  /** Per conversation, the client message ids the server accepted. */
  private readonly accepted = new Map<string, Set<string>>();
  private readonly sentAt = new Map<string, { at: number; userId: string; ackedAt?: number }>();
  private receipts: { id: string; at: number }[] = [];
  private sequence = 0;
  /** Sends sent again after a 409 concurrency-conflict. */
  retried = 0;

  constructor(
    private readonly chat: Chat,
    private readonly target: ChatTarget,
  ) {
    this.kind = target.kind;
    this.fleet = new ClientFleet(
      target.kind,
      target.socketBase.replace(/^http/, 'ws'),
      chat.sockets,
      (s, id, at) => this.received(s, id, at),
    );
    for (const group of chat.groups) this.accepted.set(group.conversationId, new Set());
  }

  private received(socket: ClientSocket, id: string, at: number): void {
    const sent = this.sentAt.get(id);
    if (sent && sent.userId !== socket.spec.userId) this.receipts.push({ id, at });
  }

  /** Sends `count` messages at `rate`, group after group, each by the next member in turn; waits for their delivery. */
  async send(count: number, rate: number, maxInFlight: number, settleMs = 300_000): Promise<Deliveries> {
    this.receipts = [];
    const { groups } = this.chat;
    const phase = this.sequence++;
    const send = await sendAtRate({
      count,
      rate,
      maxInFlight,
      send: async (i) => {
        const group = groups[i % groups.length]!;
        const sender = group.members[Math.floor(i / groups.length) % group.members.length]!;
        const clientMessageId = `p${phase}-${i}`;
        this.sentAt.set(clientMessageId, { at: performance.now(), userId: sender.userId });
        // A send that lost a race for the conversation's next number answers 409
        // concurrency-conflict; as an app would, it is sent again (same client id), up to 5 times.
        for (let attempt = 1; ; attempt++) {
          const response = await fetch(
            `${this.target.commandBase}/v1/conversations/${group.conversationId}/messages`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${sender.token}` },
              body: JSON.stringify({ clientMessageId, text: `Message ${i} of the benchmark` }),
            },
          );
          const body = await response.text();
          if (response.status === 201) break;
          if (response.status === 409 && body.includes('concurrency-conflict') && attempt < 5) {
            this.retried++;
            continue;
          }
          throw new Error(`send answered ${response.status}: ${body}`);
        }
        this.sentAt.get(clientMessageId)!.ackedAt = performance.now();
        this.accepted.get(group.conversationId)!.add(clientMessageId);
        return true;
      },
    });
    // Each accepted message is due at every open socket of its group but the sender's own.
    const openUsers = new Map<string, string[]>();
    for (const s of this.fleet.sockets)
      if (s.ws)
        openUsers.set(s.spec.conversationId, [
          ...(openUsers.get(s.spec.conversationId) ?? []),
          s.spec.userId,
        ]);
    let expected = 0;
    for (const [conversationId, ids] of this.accepted)
      for (const id of ids) {
        if (!id.startsWith(`p${phase}-`)) continue;
        const sender = this.sentAt.get(id)!.userId;
        expected += (openUsers.get(conversationId) ?? []).filter((u) => u !== sender).length;
      }
    const deadline = performance.now() + settleMs;
    while (this.receipts.length < expected && performance.now() < deadline) await sleep(50);
    const byReceipt = (from: 'at' | 'ackedAt') =>
      this.receipts.map((r) => r.at - (this.sentAt.get(r.id)![from] ?? NaN)).sort((a, b) => a - b);
    const fromSent = byReceipt('at');
    const fromAck = byReceipt('ackedAt');
    return {
      send,
      p50Ms: quantile(fromSent, 0.5),
      p99Ms: quantile(fromSent, 0.99),
      ackedP50Ms: quantile(fromAck, 0.5),
      ackedP99Ms: quantile(fromAck, 0.99),
      delivered: this.receipts.length,
      expected,
    };
  }

  /** Whether this socket has every message its conversation accepted. */
  caughtUp(socket: ClientSocket): boolean {
    const accepted = this.accepted.get(socket.spec.conversationId)!;
    return socket.seen.size >= accepted.size && [...accepted].every((id) => socket.seen.has(id));
  }

  /** Over every socket: accepted messages it never received, and messages it received twice. */
  audit(): { lost: number; duplicates: number } {
    let lost = 0;
    let duplicates = 0;
    for (const socket of this.fleet.sockets) {
      for (const id of this.accepted.get(socket.spec.conversationId)!) if (!socket.seen.has(id)) lost++;
      duplicates += socket.duplicates;
    }
    return { lost, duplicates };
  }
}
