import { v5 as uuidv5 } from 'uuid';
import type { CommandContext } from './CommandContext.js';
import { COMMAND_ID_NAMESPACE } from './commandIdNamespace.js';

/**
 * A second command issued while handling one (register, then request verification) on the same
 * stream needs its own id, or it would look like a retry of the first. Derived, so a retried
 * command derives the same ids again; the parent command becomes its cause.
 */
export function subCommand(context: CommandContext, name: string): CommandContext {
  return {
    ...context,
    commandId: uuidv5(`${context.commandId}/${name}`, COMMAND_ID_NAMESPACE),
    causationId: context.commandId,
  };
}
