import process from 'node:process';
import { cpuMs, postgresCpuMs } from '../peers/procStat.js';

/** CPU used during a run, in % of one core (100 = one core busy throughout). */
export interface CpuFigures {
  /** The measured processes (the senders, or Parse's), summed. */
  senders: number;
  /** This process (the local APNs and FCM servers, and Eventide's producer), and the servers' own when apart. */
  servers: number;
  /** Every postgres process on the machine (other users' included). */
  postgres: number;
}

const cpuOrZero = (pid: number) => {
  try {
    return cpuMs(pid);
  } catch {
    return 0; // the process is gone
  }
};

/**
 * Starts measuring the CPU of `pids`, of this process (with `serversPid`, the servers' process, when
 * they run apart) and of PostgreSQL until `stop()`.
 */
export function sampleCpu(pids: number[], serversPid?: number): { stop(): CpuFigures } {
  const senders = () => pids.reduce((sum, pid) => sum + cpuOrZero(pid), 0);
  const self = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000 + (serversPid === undefined ? 0 : cpuOrZero(serversPid));
  };
  const start = { at: performance.now(), senders: senders(), self: self(), postgres: postgresCpuMs() };
  return {
    stop() {
      const wallMs = performance.now() - start.at;
      const share = (ms: number) => Math.round((ms / wallMs) * 100);
      return {
        senders: share(senders() - start.senders),
        servers: share(self() - start.self),
        postgres: share(postgresCpuMs() - start.postgres),
      };
    },
  };
}
