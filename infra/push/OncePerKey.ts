import type { PushResult } from './PushProvider.js';

/**
 * A real provider's de-duplication by delivery key, in this process: concurrent sends of one key
 * share one call, and a repeat gets the first answer (sent or invalid_token) while it is among the
 * last `capacity` keys. A failure is forgotten, so a retry calls the provider again. FCM, APNs and
 * Web Push do not collapse repeats themselves: across processes and crashes, the sender's ledger
 * (features/push/sender/deliverOnce.ts) keeps a key from being sent twice.
 */
export class OncePerKey {
  private readonly answers = new Map<string, Promise<PushResult>>();

  constructor(private readonly capacity = 10_000) {}

  run(key: string, send: () => Promise<PushResult>): Promise<PushResult> {
    const known = this.answers.get(key);
    if (known) return known;
    const forget = () => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    };
    const answer = send().then(
      (result) => {
        if (result.status === 'failed') forget();
        return result;
      },
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next().value;
      if (oldest !== undefined) this.answers.delete(oldest);
    }
    return answer;
  }
}
