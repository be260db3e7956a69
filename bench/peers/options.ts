/** The command line of `npm run bench:peers -- [--quick] [--rounds=N] [--seconds=S] [--only=small]`. */
export interface PeerOptions {
  quick: boolean;
  rounds: number;
  seconds: number;
  /** Objects seeded per worker account (32) for the large tables. */
  seedPerAccount: number;
  idleSeconds: number;
  /** `--only=small`: the small-table pull and poll rows and their baseline only (a few minutes). */
  smallOnly: boolean;
}

function numberOption(argv: string[], name: string): number | undefined {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  if (arg === undefined) return undefined;
  const value = Number(arg.slice(name.length + 3));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} wants a positive number, got ${arg}`);
  return value;
}

export function peerOptions(argv: string[]): PeerOptions {
  const quick = argv.includes('--quick');
  return {
    quick,
    rounds: numberOption(argv, 'rounds') ?? (quick ? 1 : 3),
    seconds: numberOption(argv, 'seconds') ?? (quick ? 3 : 10),
    seedPerAccount: quick ? 100 : 640,
    idleSeconds: quick ? 15 : 30,
    smallOnly: argv.includes('--only=small'),
  };
}
