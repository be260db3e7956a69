import type { EventideAccount } from './eventideApi.js';
import type { ParseAccount } from './parseApi.js';
import type { PeerServer } from './peerServer.js';
import type { PeerTable } from './peerTable.js';
import type { ParseServerProcess } from './startParse.js';

/** Both servers, their accounts and the run's settings: what every workload gets. */
export interface Peers {
  parse: ParseServerProcess;
  eventide: PeerServer;
  /** One account per connection (32), the same shape on both sides. */
  parseAccounts: ParseAccount[];
  eventideAccounts: EventideAccount[];
  rounds: number;
  seconds: number;
  table: PeerTable;
  /** Eventide's access tokens live 15 minutes: fresh ones for every account before a workload. */
  freshTokens(): Promise<void>;
}
