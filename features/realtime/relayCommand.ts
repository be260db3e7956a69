import type { CommandResultProperties } from '../../proto/index.js';
import type { CommandRequest } from './commandRequest.js';

/** How long the command API may take to answer one relayed command. */
const RELAY_TIMEOUT_MS = 15_000;
/** The most of an answer kept in a CommandResult (a route's answers are far smaller). */
const MAX_BODY_CHARS = 8 * 1024;

/** Who relays, and where to. */
export interface Relay {
  /** The command API's base URL. */
  url: string;
  /** The socket's current access token. */
  token: string;
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

/**
 * Where a route of the command API is: its path under the base URL's own path, so a command API
 * behind a prefix (`https://gateway/api`) gets `https://gateway/api/v1/...`.
 */
export function commandUrl(base: string, path: string): URL {
  const url = new URL(base);
  return new URL(url.pathname.replace(/\/+$/, '') + path, url);
}

/** The slug of a Problem's `type` (`/problems/not-found` → `not-found`). */
const slugOf = (type: unknown) => (typeof type === 'string' ? (type.split('/').pop() ?? type) : '');

/**
 * Sends one command to the command API as an app would (its access token, `Idempotency-Key:
 * ws:<id>`) and turns the answer into a CommandResult: the status, the position reached, the
 * Problem's type and detail, the body. A 429 or 5xx is retryable; so is no answer at all (503
 * `command-api-unavailable`): the command may have run, and resending it with the same id does
 * not run it twice.
 */
export async function relayCommand(
  relay: Relay,
  id: string,
  request: CommandRequest,
): Promise<CommandResultProperties> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(commandUrl(relay.url, request.path), {
      method: request.method,
      headers: {
        authorization: `Bearer ${relay.token}`,
        'idempotency-key': `ws:${id}`,
        ...(request.body ? { 'content-type': 'application/json' } : {}),
      },
      ...(request.body ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(RELAY_TIMEOUT_MS),
    });
    text = await response.text();
  } catch {
    return {
      id,
      status: 503,
      type: 'command-api-unavailable',
      detail: 'The command API did not answer; resend the command with the same id',
      retryable: true,
    };
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const status = response.status;
  const ok = status < 400;
  return {
    id,
    status,
    position: ok && typeof body.position === 'number' ? body.position : 0,
    type: ok ? '' : slugOf(body.type) || `http-${status}`,
    detail: ok ? '' : typeof body.detail === 'string' ? body.detail : (response.statusText ?? ''),
    body: text.length <= MAX_BODY_CHARS ? text : '',
    retryable: status === 429 || status >= 500,
    retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
  };
}
