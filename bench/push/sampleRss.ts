import { rssMb } from '../peers/procStat.js';

export interface RssFigures {
  /** The largest resident set one process reached while sampled (MB). */
  peakMb: number;
  /** The largest of the processes' resident sets when sampling stopped (MB). */
  endMb: number;
}

const rssOrZero = (pid: number) => {
  try {
    return rssMb(pid);
  } catch {
    return 0; // the process is gone
  }
};

/** Samples the resident set of these processes every `everyMs` until `stop()`. */
export function sampleRss(pids: number[], everyMs = 200): { stop(): RssFigures } {
  let peakMb = 0;
  const sample = () => {
    for (const pid of pids) peakMb = Math.max(peakMb, rssOrZero(pid));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb, endMb: Math.max(...pids.map(rssOrZero)) };
    },
  };
}
