/**
 * The embedded data folder cannot be used as it is: held by another process, written by an
 * incompatible PGlite, damaged, or a backup that does not fit. The message is for a person: it
 * names the folder and says what to do, so the entry points print it without a stack.
 */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}
