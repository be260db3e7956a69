// The command core: read and fold a stream, decide, append, retry on version conflicts. No HTTP:
// routes, projectors, senders and schedulers call it alike; the HTTP layer maps its errors.
export type { CommandContext } from './CommandContext.js';
export {
  handleCommand,
  commandMetadata,
  toNewEvents,
  type CommandResult,
  type HandleCommandInput,
} from './handleCommand.js';
export { keepSnapshot } from './keepSnapshot.js';
export { handleCommandBatch, type BatchCommand, type BatchOutcome } from './handleCommandBatch.js';
export { foldStream } from './foldStream.js';
export { loadStream, type LoadedStream } from './loadStream.js';
export { PreconditionFailedError } from '../platform/errors/index.js';
export { COMMAND_ID_NAMESPACE } from './commandIdNamespace.js';
export { newIdFor } from './newIdFor.js';
export { subCommand } from './subCommand.js';
