import { randomUUID } from 'node:crypto';
import { loadResponseContract, type ResponseContract } from './responseContract.js';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  raw: Buffer;
}

/**
 * A small HTTP client for tests: JSON in, JSON (or raw bytes) out, never throws on 4xx/5xx.
 * Every answer is checked against the server's own OpenAPI document (see ResponseContract): an
 * undocumented status, or a JSON body that does not match its documented schema, throws, so
 * the test fails. `contract: false` turns that off (a client of something that is no backend).
 */
export function api(baseUrl: string, options: { contract?: boolean } = {}) {
  const checked = options.contract ?? true;
  // Read once per client: a client outlives no backend, while a port may be reused by the next.
  let contract: Promise<ResponseContract> | undefined;
  async function request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: {
      body?: unknown;
      rawBody?: string | Buffer;
      token?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | Buffer | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.body);
    } else if (options.rawBody !== undefined) {
      body = options.rawBody;
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const raw = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') && raw.length > 0 ? (JSON.parse(raw.toString()) as T) : ({} as T);
    if (checked) {
      contract ??= loadResponseContract(baseUrl);
      (await contract).check(
        method,
        path,
        response.status,
        type,
        type.includes('json') && raw.length > 0 ? parsed : undefined,
      );
    }
    return { status: response.status, headers: response.headers, body: parsed, raw };
  }
  return {
    request,
    get: <T = Record<string, unknown>>(path: string, options?: Parameters<typeof request>[2]) =>
      request<T>('GET', path, options),
    post: <T = Record<string, unknown>>(
      path: string,
      body: unknown,
      options?: Parameters<typeof request>[2],
    ) => request<T>('POST', path, { ...options, body }),
    patch: <T = Record<string, unknown>>(
      path: string,
      body: unknown,
      options?: Parameters<typeof request>[2],
    ) => request<T>('PATCH', path, { ...options, body }),
    delete: <T = Record<string, unknown>>(path: string, options?: Parameters<typeof request>[2]) =>
      request<T>('DELETE', path, options),
  };
}

export type Api = ReturnType<typeof api>;

export interface SignedUp {
  userId: string;
  email: string;
  accessToken: string;
  refreshToken: string;
  /** The log position of the registration (for `min_position`). */
  position: number;
}

export async function signUp(client: Api, name = 'Test User'): Promise<SignedUp> {
  const email = `${randomUUID()}@example.com`;
  const response = await client.post<{
    user: { id: string };
    accessToken: string;
    refreshToken: string;
    position: number;
  }>('/v1/auth/register', { email, password: 'correct horse battery staple', displayName: name });
  if (response.status !== 201)
    throw new Error(`register failed: ${response.status} ${response.raw.toString()}`);
  return {
    userId: response.body.user.id,
    email,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    position: response.body.position,
  };
}

export const iosDevice = {
  platform: 'ios',
  pushToken: 'apns-token-1',
  appVersion: '1.0.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
};

/** The proto3 JSON form of a FeedPage, as tests read it. */
export interface FeedJson {
  changes?: {
    collection: string;
    id: string;
    version: string;
    profile?: Record<string, string>;
    device?: Record<string, string>;
    document?: Record<string, unknown>;
    updateMask?: { paths?: string[] };
    tombstone?: { deletedAt: string };
  }[];
  nextCursor: string;
  hasMore?: boolean;
  mustRefetch?: boolean;
  position?: string;
}
