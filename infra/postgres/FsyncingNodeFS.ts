import { fsyncSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type InitOptions = Parameters<NodeFS['init']>[1];
interface EmscriptenNodeFs {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
}

/**
 * PGlite's Node file system (each write goes straight to a real file) with `fsync` wired to
 * the disk. Out of the box PGlite starts Postgres with fsync off, and Emscripten's NODEFS has no
 * fsync: a commit reached the kernel (safe from a killed process) but not the disk (lost on a
 * power cut). With `DURABLE_START_PARAMS`, Postgres fsyncs the WAL at each commit through this.
 */
export class FsyncingNodeFS extends NodeFS {
  /** How many fsyncs reached the disk (for tests and curiosity). */
  syncs = 0;

  override async init(pg: PGlite, options: InitOptions) {
    const result = await super.init(pg, options);
    const preRun = [result.emscriptenOpts.preRun ?? []].flat();
    preRun.push((mod: unknown) => {
      (mod as EmscriptenNodeFs).NODEFS.stream_ops.fsync = (stream) => {
        if (stream.nfd !== undefined) fsyncSync(stream.nfd);
        this.syncs++;
        return 0;
      };
    });
    return { emscriptenOpts: { ...result.emscriptenOpts, preRun } };
  }
}

/** PGlite's start parameters with fsync on, syncing the WAL by fsync (its fdatasync is a no-op). */
export function durableStartParams(defaults: readonly string[]): string[] {
  return [...defaults.filter((param) => param !== '-F'), '-c', 'wal_sync_method=fsync'];
}
