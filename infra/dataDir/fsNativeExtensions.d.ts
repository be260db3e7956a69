declare module 'fs-native-extensions' {
  /** An exclusive (or shared) lock on an open file: OFD lock on Linux, flock on macOS, LockFileEx on Windows. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
