// Preloaded into a sender process by the benchmark (NODE_OPTIONS=--import …) when
// PUSH_BENCH_MEMORY_FILE is set: appends to `${PUSH_BENCH_MEMORY_FILE}.${pid}.jsonl` the process's memory every 200 ms, one JSON line per
// sample (MB), so the bench can tell the V8 heap from buffers outside it and from the resident set
// the allocator keeps. The bench only reads the file; nothing in the sender depends on it.
import { appendFileSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import process from 'node:process';
import { setInterval } from 'node:timers';
import v8 from 'node:v8';

const prefix = process.env.PUSH_BENCH_MEMORY_FILE;
if (prefix) {
  const file = `${prefix}.${process.pid}.jsonl`;
  const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  // The heap right after the last full (mark-compact) collection: what was still alive then, as
  // opposed to heapUsed, which includes garbage not collected yet.
  let liveAfterMajorGc = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.detail && entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        liveAfterMajorGc = mb(process.memoryUsage().heapUsed);
  }).observe({ entryTypes: ['gc'] });
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    const spaces = {};
    for (const space of v8.getHeapSpaceStatistics())
      spaces[space.space_name.replace(/_space$/, '')] = mb(space.space_used_size);
    const line = {
      at: Math.round(performance.timeOrigin + performance.now()),
      rss: mb(m.rss),
      heapUsed: mb(m.heapUsed),
      heapTotal: mb(m.heapTotal),
      external: mb(m.external),
      arrayBuffers: mb(m.arrayBuffers),
      liveAfterMajorGc,
      spaces,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 200);
  timer.unref();
}

// PUSH_BENCH_PROFILE_DIR: a CPU profile and a sampling heap profile (allocations, garbage
// included) from the start to the SIGTERM that ends the sender, written there (Node refuses
// --cpu-prof in NODE_OPTIONS, so the inspector takes them; its session answers synchronously).
const profileDir = process.env.PUSH_BENCH_PROFILE_DIR;
if (profileDir) {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => {
    let answer;
    session.post(method, params ?? {}, (error, result) => {
      if (error) throw error;
      answer = result;
    });
    return answer;
  };
  post('Profiler.enable');
  post('Profiler.start');
  post('HeapProfiler.enable');
  post('HeapProfiler.startSampling', { samplingInterval: 16384 });
  process.prependListener('SIGTERM', () => {
    const { profile } = post('Profiler.stop');
    writeFileSync(`${profileDir}/sender.${process.pid}.cpuprofile`, JSON.stringify(profile));
    writeFileSync(
      `${profileDir}/sender.${process.pid}.heapprofile`,
      JSON.stringify(post('HeapProfiler.stopSampling').profile),
    );
  });
}
