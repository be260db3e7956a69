import type { CommandProperties, CommandResultProperties } from '../../proto/index.js';
import { COMMAND_ID, CommandRefused, commandRequest, type CommandRequest } from './commandRequest.js';
import { relayCommand } from './relayCommand.js';

const WINDOW_MS = 60_000;

export interface SocketCommandsOptions {
  /** The command API's base URL. */
  url(): string;
  /** The socket's current access token. */
  token(): string;
  /** Commands accepted per minute on this socket; more are answered 429 without being relayed. */
  perMinute: number;
  /** Sends a result to the socket. */
  answer(result: CommandResultProperties): void;
  /** A command that failed past its relay (its answer could not be sent): logged by the transport. */
  failed?(error: unknown): void;
}

const refused = (id: string, status: number, type: string, detail: string): CommandResultProperties => ({
  id,
  status,
  type,
  detail,
  body: JSON.stringify({ type: `/problems/${type}`, status, detail }),
});

/**
 * The commands of one socket: checked for shape, counted against the per-minute limit, then
 * relayed to the command API one after another in the order received (a message sent before
 * another gets the lower sequence number). Commands still waiting when the socket closes are
 * dropped unanswered: the client resends them (same ids) after reconnecting.
 */
export class SocketCommands {
  private queue: Promise<void> = Promise.resolve();
  private windowStart = 0;
  private inWindow = 0;
  private stopped = false;

  constructor(private readonly options: SocketCommandsOptions) {}

  submit(command: CommandProperties): void {
    const id = command.id ?? '';
    if (!COMMAND_ID.test(id)) {
      this.options.answer(
        refused(id.slice(0, 100), 400, 'bad-command-id', 'A command id is 1-100 visible ASCII characters'),
      );
      return;
    }
    const now = Date.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (++this.inWindow > this.options.perMinute) {
      this.options.answer({
        ...refused(
          id,
          429,
          'too-many-commands',
          `At most ${this.options.perMinute} commands a minute per socket`,
        ),
        retryable: true,
        retryAfterMs: this.windowStart + WINDOW_MS - now,
      });
      return;
    }
    let request: CommandRequest;
    try {
      request = commandRequest(command);
    } catch (error) {
      if (!(error instanceof CommandRefused)) throw error;
      this.options.answer(refused(id, error.status, error.type, error.message));
      return;
    }
    this.queue = this.queue.then(async () => {
      if (this.stopped) return;
      const result = await relayCommand(
        { url: this.options.url(), token: this.options.token() },
        id,
        request,
      );
      if (!this.stopped) this.options.answer(result);
    });
    // One command that fails must not stop the ones queued after it (nor go unhandled).
    this.queue = this.queue.catch((error: unknown) => this.options.failed?.(error));
  }

  stop(): void {
    this.stopped = true;
  }
}
