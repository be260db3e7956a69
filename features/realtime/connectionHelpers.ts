import type { CommandResultProperties, ServerFrameProperties } from '../../proto/index.js';
import { PresenceWatch } from './PresenceWatch.js';
import type { RealtimeContext } from './RealtimeContext.js';
import { SocketCommands } from './SocketCommands.js';

/** How a connection's helpers reach it. */
export interface ConnectionIo {
  /** The connection's current access token (commands are relayed with it). */
  token(): string;
  /** Sends a command's result. */
  answer(result: CommandResultProperties): void;
  /** Sends a presence, typing, location or watch frame. */
  send(frame: ServerFrameProperties): void;
}

/**
 * What a WebSocket or Socket.IO connection of `userId` uses besides its feed: the relay of its
 * commands to the command API, and the watch of its viewer's presence, typing and locations.
 */
export function connectionHelpers(
  { deps, settings }: RealtimeContext,
  userId: string,
  io: ConnectionIo,
): { commands: SocketCommands; presence: PresenceWatch } {
  const commands = new SocketCommands({
    url: () => settings.REALTIME_COMMAND_URL ?? deps.commandApiUrl(),
    token: () => io.token(),
    perMinute: settings.REALTIME_COMMANDS_PER_MINUTE,
    answer: (result) => io.answer(result),
    failed: (error) => deps.logger.warn({ err: error }, 'realtime command not answered'),
  });
  return { commands, presence: new PresenceWatch(deps, userId, (frame) => io.send(frame)) };
}
