import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/index.js';
import { documentDecider, formatHlc, type ApplyMutation, type DocumentEvent } from './index.js';

const NOW = '2026-11-30T12:00:00.000Z';
const now = Date.parse(NOW);
const FIVE_MINUTES = 300_000;

function put(hlcMs: number, documentId = 'd1', sequence = 1): ApplyMutation {
  return {
    type: 'ApplyMutation',
    data: {
      collection: 'notes',
      documentId,
      mutationId: `phone:${sequence}`,
      clientId: 'phone',
      op: 'put',
      set: { title: `at ${hlcMs}` },
      unset: [],
      baseVersion: 0,
      hlc: formatHlc(hlcMs, 0, 'phone'),
      receivedAtMs: now,
      maxClockSkewMs: FIVE_MINUTES,
      strategy: { kind: 'lww' },
      scope: { ownerId: 'u1', spaceId: null },
    },
    metadata: { now: NOW, userId: 'u1' },
  };
}

const decide = (command: ApplyMutation): DocumentEvent[] =>
  documentDecider.decide(command, documentDecider.initialState());

describe('decideDocument: a client clock ahead of the server', () => {
  it('when the clock is further ahead of the server than allowed, it should refuse with clock_skew and record nothing', () => {
    for (const ahead of [FIVE_MINUTES + 1000, 86_400_000, 999_999_999_999_999 - now]) {
      let refused: unknown;
      try {
        decide(put(now + ahead));
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(DomainError);
      expect(refused).toMatchObject({ code: 'invalid', reason: 'clock_skew' });
      expect((refused as Error).message).toContain('ahead');
    }
  });

  it('when the clock is ahead within the bound, or behind by any amount, it should apply', () => {
    for (const hlcMs of [now + FIVE_MINUTES, now, now - 3_600_000, 1_000]) {
      expect(decide(put(hlcMs)).map((e) => e.type)).toEqual(['DocumentChanged']);
    }
  });

  it('when the bound is wider, a clock within it should apply', () => {
    const command = put(now + 3_000_000);
    expect(() => decide(command)).toThrow(DomainError);
    expect(decide({ ...command, data: { ...command.data, maxClockSkewMs: 3_600_000 } })).toHaveLength(1);
  });
});
