import { v5 as uuidv5 } from 'uuid';
import type { CommandContext } from './CommandContext.js';
import { COMMAND_ID_NAMESPACE } from './commandIdNamespace.js';

/** Derives a stable id for a new aggregate from the command id (a retried create makes the same id). */
export function newIdFor(context: CommandContext, kind: string): string {
  return uuidv5(`${kind}|${context.commandId}`, COMMAND_ID_NAMESPACE);
}
