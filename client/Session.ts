import { ApiError, NetworkError } from './ApiError.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';

export type Fetch = typeof fetch;

interface Tokens {
  userId: string;
  accessToken: string;
  refreshToken: string;
  /** Epoch ms after which the access token is no longer used. */
  expiresAt: number;
}

export interface SignInDevice {
  installationId: string;
  platform: 'ios' | 'android' | 'web';
  model?: string;
  appVersion?: string;
  /** A BCP 47 tag and an IANA zone: the server requires both, with appVersion, when a device is given. */
  locale?: string;
  timezone?: string;
  pushToken?: string;
}

const KEY = 'session';
/** Refresh this long before the access token expires, so a request never carries a dying token. */
export const EARLY_MS = 30_000;

/**
 * The signed-in user's tokens, kept in storage: sign-up and sign-in store them, every request
 * carries the access token, and it is refreshed before it expires (and once more on a 401),
 * one refresh at a time however many requests wait for it. A refused refresh signs out.
 */
export class Session {
  private tokens: Tokens | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly storage: KeyValueStorage,
    private readonly fetchImpl: Fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<void> {
    this.tokens = await readJson<Tokens | undefined>(this.storage, KEY, undefined);
  }

  get userId(): string | undefined {
    return this.tokens?.userId;
  }

  async signUp(input: { email: string; password: string; displayName: string; device?: SignInDevice }) {
    await this.signIn('/v1/auth/register', input);
  }

  async signInWithPassword(input: { email: string; password: string; device?: SignInDevice }) {
    await this.signIn('/v1/auth/login', input);
  }

  async signOut(): Promise<void> {
    if (this.tokens) await this.request('POST', '/v1/auth/logout').catch(() => undefined);
    this.tokens = undefined;
    await this.storage.delete(KEY);
  }

  /**
   * The access token for a connection that outlives a request (the realtime socket), refreshed
   * first when it is within the refresh margin of its expiry, and when it expires (epoch ms).
   */
  async accessToken(): Promise<{ token: string; expiresAt: number }> {
    if (!this.tokens) throw new ApiError(401, { title: 'Not signed in' });
    if (this.tokens.expiresAt - EARLY_MS <= this.now()) await this.refresh();
    return { token: this.tokens.accessToken, expiresAt: this.tokens.expiresAt };
  }

  /** The server said `token` expired: refresh, unless another caller already replaced it. */
  async renew(token: string): Promise<void> {
    await this.refresh(token);
  }

  /** Forgets the tokens here (the server ended the session: signed out elsewhere, revoked). */
  async forget(): Promise<void> {
    this.tokens = undefined;
    await this.storage.delete(KEY);
  }

  /** Expires the access token now (tests, and apps told by the server that a token was revoked). */
  async expireAccessToken(): Promise<void> {
    if (!this.tokens) return;
    this.tokens = { ...this.tokens, expiresAt: 0 };
    await this.storage.set(KEY, JSON.stringify(this.tokens));
  }

  /** An authenticated request; answers the Response for 2xx/304, throws ApiError or NetworkError otherwise. */
  async request(
    method: string,
    path: string,
    init: { body?: Uint8Array | string; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      if (!this.tokens) throw new ApiError(401, { title: 'Not signed in' });
      if (this.tokens.expiresAt - EARLY_MS <= this.now()) await this.refresh();
      const token = this.tokens.accessToken;
      const response = await this.send(`${this.baseUrl}${path}`, {
        method,
        headers: { ...init.headers, authorization: `Bearer ${token}` },
        ...(init.body !== undefined ? { body: init.body } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      });
      if (response.status === 401 && attempt === 0) {
        // The token may have been revoked or the clock be off: one refresh, one retry.
        await this.refresh(token);
        continue;
      }
      if (response.ok || response.status === 304) return response;
      throw new ApiError(response.status, await problemOf(response));
    }
  }

  private async signIn(path: string, body: object): Promise<void> {
    const response = await this.send(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    const answer = (await response.json()) as {
      user: { id: string };
      accessToken: string;
      refreshToken: string;
      expiresIn: number;
    };
    await this.store(answer.user.id, answer);
  }

  /** One refresh for everyone waiting; `stale` skips it when another request already refreshed. */
  private refresh(stale?: string): Promise<void> {
    if (stale && this.tokens && this.tokens.accessToken !== stale) return Promise.resolve();
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const current = this.tokens;
    if (!current) throw new ApiError(401, { title: 'Not signed in' });
    const response = await this.send(`${this.baseUrl}/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: current.refreshToken }),
    });
    if (response.status === 401) {
      // The session is over (signed out elsewhere, revoked, reused token): sign in again.
      this.tokens = undefined;
      await this.storage.delete(KEY);
      throw new ApiError(401, await problemOf(response));
    }
    if (!response.ok) throw new ApiError(response.status, await problemOf(response));
    await this.store(
      current.userId,
      (await response.json()) as Omit<Tokens, 'userId' | 'expiresAt'> & {
        expiresIn: number;
      },
    );
  }

  private async store(
    userId: string,
    answer: { accessToken: string; refreshToken: string; expiresIn: number },
  ): Promise<void> {
    this.tokens = {
      userId,
      accessToken: answer.accessToken,
      refreshToken: answer.refreshToken,
      expiresAt: this.now() + answer.expiresIn * 1000,
    };
    await this.storage.set(KEY, JSON.stringify(this.tokens));
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchImpl(url, init);
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  }
}

async function problemOf(response: Response): Promise<ApiError['problem']> {
  try {
    return (await response.json()) as ApiError['problem'];
  } catch {
    return { title: response.statusText };
  }
}
