import { describe, expect, it } from 'vitest';
import type { Workflow } from './Workflow.js';
import { runWorkflow } from './runWorkflow.js';

class Crash extends Error {}

/** A three-step flow over a fake "log": each step appends its effect once (idempotent by key). */
function flowOver(log: Map<string, number>, options: { abandonAt?: string } = {}): Workflow {
  const once = (key: string) => async () => {
    if (key === options.abandonAt) return 'abandon' as const;
    if (!log.has(key)) log.set(key, log.size);
  };
  return {
    name: 'sign-up',
    steps: ['claim', 'create', 'greet'].map((name) => ({ name, run: once(name) })),
    compensate: async () => {
      log.delete('claim');
      log.set('released', log.size);
    },
  };
}

describe('runWorkflow', () => {
  it('when nothing fails, every step should run once, in order, and the flow should finish', async () => {
    const log = new Map<string, number>();
    expect(await runWorkflow(flowOver(log), () => {})).toBe('finished');
    expect([...log.keys()]).toEqual(['claim', 'create', 'greet']);
  });

  it.each(['claim', 'create', 'greet'])(
    'when the process dies right after step %s, running the flow again should finish it with each effect once',
    async (crashAfter) => {
      const log = new Map<string, number>();
      const crashAt = (_flow: string, step: string) => {
        if (step === crashAfter) throw new Crash(step);
      };
      await expect(runWorkflow(flowOver(log), crashAt)).rejects.toBeInstanceOf(Crash);
      expect(log.has('greet')).toBe(crashAfter === 'greet');
      expect(await runWorkflow(flowOver(log), () => {})).toBe('finished');
      expect([...log.entries()]).toEqual([
        ['claim', 0],
        ['create', 1],
        ['greet', 2],
      ]);
    },
  );

  it('when a step abandons, the flow should compensate and run no later step', async () => {
    const log = new Map<string, number>();
    expect(await runWorkflow(flowOver(log, { abandonAt: 'create' }), () => {})).toBe('compensated');
    expect([...log.keys()]).toEqual(['released']);
  });

  it('when a crash point names a step, it should be called after that step with the flow name', async () => {
    const seen: string[] = [];
    await runWorkflow(flowOver(new Map()), (flow, step) => seen.push(`${flow}:${step}`));
    expect(seen).toEqual(['sign-up:claim', 'sign-up:create', 'sign-up:greet']);
  });
});
