import { ApiError, NetworkError } from './ApiError.js';
import { commandFrame, type CommandResult, type SocketCommand } from './realtimeFrames.js';
import type { WebSocketLike } from './WebSocketLike.js';

/**
 * Commands over the realtime socket while it is open (ClientFrame.command, answered by a
 * commandResult with the same id). `send` answers undefined when no socket is open: the caller
 * then uses HTTP. A socket that ends with commands unanswered fails them with a NetworkError, so
 * the caller retries them (same id, or over HTTP: the server keeps one either way).
 */
export class SocketCommandChannel {
  private socket: WebSocketLike | undefined;
  private readonly waiting = new Map<string, { resolve(r: CommandResult): void; reject(e: Error): void }>();
  private readonly openListeners = new Set<() => void>();

  get open(): boolean {
    return this.socket !== undefined;
  }

  /** The socket is subscribed (its first page came): commands may go over it. */
  attach(socket: WebSocketLike): void {
    this.socket = socket;
    for (const listener of this.openListeners) listener();
  }

  /** The socket ended: what waits for an answer fails, to be retried. */
  detach(): void {
    this.socket = undefined;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(new NetworkError(new Error('the realtime socket closed')));
  }

  /** Called whenever a socket becomes usable (for frames to send again, such as a Watch). */
  onOpen(listener: () => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  /** Sends a raw frame on the open socket; false when none is open. */
  sendFrame(frame: Uint8Array): boolean {
    if (!this.socket) return false;
    this.socket.send(frame);
    return true;
  }

  /** The command's result, or undefined when no socket is open. */
  send(command: SocketCommand): Promise<CommandResult> | undefined {
    const socket = this.socket;
    if (!socket) return undefined;
    return new Promise<CommandResult>((resolve, reject) => {
      this.waiting.get(command.id)?.reject(new NetworkError(new Error('resent')));
      this.waiting.set(command.id, { resolve, reject });
      try {
        socket.send(commandFrame(command));
      } catch (error) {
        this.waiting.delete(command.id);
        reject(new NetworkError(error));
      }
    });
  }

  /** A commandResult frame came. */
  answered(result: CommandResult): void {
    const waiting = this.waiting.get(result.id);
    this.waiting.delete(result.id);
    waiting?.resolve(result);
  }
}

/** A command's result as the HTTP route's answer: the body on 2xx, else an ApiError. */
export function resultBody<T>(result: CommandResult): T {
  if (result.status >= 200 && result.status < 300) return (result.body ? JSON.parse(result.body) : {}) as T;
  let problem: ApiError['problem'];
  try {
    problem = JSON.parse(result.body) as ApiError['problem'];
  } catch {
    problem = { type: result.type, detail: result.detail };
  }
  throw new ApiError(result.status, { ...problem, retryAfterMs: result.retryAfterMs });
}
