import { PeerTable, type Figures, type Metric } from './peerTable.js';

/**
 * Runs a workload in alternating rounds (Parse, Eventide, Parse, Eventide, …), printing each
 * round as it ends, and adds every round to the table.
 */
export async function alternate(
  table: PeerTable,
  title: string,
  rounds: number,
  metrics: Metric[],
  parse: (round: number) => Promise<Figures>,
  eventide: (round: number) => Promise<Figures>,
): Promise<void> {
  console.log(`\n${title}`);
  for (let round = 1; round <= rounds; round++) {
    const p = await parse(round);
    PeerTable.printRound('Parse', round, rounds, metrics, p);
    const e = await eventide(round);
    PeerTable.printRound('Eventide', round, rounds, metrics, e);
    table.add(metrics, p, e);
  }
}
