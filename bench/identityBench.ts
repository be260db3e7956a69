import { randomBytes, randomUUID, scrypt } from 'node:crypto';
import autocannon from 'autocannon';
import { fmt, type Row } from './report.js';

const json = { 'content-type': 'application/json' };

async function post<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** scrypt verifications per second at the given cost, with `parallel` in flight (libuv's pool). */
async function scryptPerSecond(N: number, seconds: number, parallel: number): Promise<number> {
  const salt = randomBytes(16);
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      await new Promise<void>((resolve, reject) =>
        scrypt(
          'benchmark password',
          salt,
          32,
          { N, r: 8, p: 1, maxmem: 256 * N * 8 + 8 * 1024 * 1024 },
          (e) => (e ? reject(e) : resolve()),
        ),
      );
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: parallel }, worker));
  return done / ((performance.now() - started) / 1000);
}

/**
 * Identity: sign-ins per second at the configured KDF cost (baseline: bare scrypt at that cost in
 * this process), refreshes per second (each one rotates, so every worker chains its own tokens),
 * and an authenticated no-op (`GET /v1/session`: token check + revocation lookup) against an
 * unauthenticated one (`GET /v1/version`).
 */
export async function identityBench(base: string, scryptN: number, seconds: number): Promise<Row[]> {
  const email = `${randomUUID()}@example.com`;
  const password = 'benchmark password';
  const registered = await post<{ accessToken: string }>(`${base}/v1/auth/register`, {
    email,
    password,
    displayName: 'Bench',
  });

  const logins = await autocannon({
    url: `${base}/v1/auth/login`,
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
    connections: 32,
    duration: seconds,
  });
  const kdf = await scryptPerSecond(scryptN, seconds, 4);

  const workers = 8;
  const chains = await Promise.all(
    Array.from({ length: workers }, () =>
      post<{ refreshToken: string }>(`${base}/v1/auth/login`, { email, password }).then(
        (r) => r.refreshToken,
      ),
    ),
  );
  let refreshes = 0;
  const refreshStarted = performance.now();
  const refreshDeadline = refreshStarted + seconds * 1000;
  await Promise.all(
    chains.map(async (first) => {
      let token = first;
      while (performance.now() < refreshDeadline) {
        token = (await post<{ refreshToken: string }>(`${base}/v1/auth/refresh`, { refreshToken: token }))
          .refreshToken;
        refreshes += 1;
      }
    }),
  );
  const refreshRate = refreshes / ((performance.now() - refreshStarted) / 1000);

  const authed = await autocannon({
    url: `${base}/v1/session`,
    headers: { authorization: `Bearer ${registered.accessToken}` },
    connections: 10,
    duration: seconds,
  });
  const open = await autocannon({ url: `${base}/v1/version`, connections: 10, duration: seconds });
  if (authed.non2xx > 0) throw new Error('the authenticated no-op failed');
  return [
    {
      benchmark: `sign-ins to one account (password, scrypt N=2^${Math.log2(scryptN)}, 32 conns)`,
      result: `${fmt(logins.requests.average, 1)}/s, p50 ${fmt(logins.latency.p50)} ms, ${logins.non2xx} not 200`,
      baseline: `bare scrypt, 4 parallel: ${fmt(kdf, 1)}/s`,
      ratio: `${fmt((logins.requests.average / kdf) * 100)}%`,
      goal: 'none not 200; ≥ 85%',
    },
    {
      benchmark: `refreshes (rotating, ${workers} chains)`,
      result: `${fmt(refreshRate)}/s`,
      baseline: `sign-ins: ${fmt(logins.requests.average, 1)}/s`,
      ratio: `${fmt(refreshRate / logins.requests.average, 1)}×`,
      goal: '—',
    },
    {
      benchmark: 'authenticated no-op GET /v1/session (10 conns)',
      result: `${fmt(authed.requests.average)} req/s, p99 ${fmt(authed.latency.p99)} ms`,
      baseline: `unauthenticated GET /v1/version: ${fmt(open.requests.average)} req/s`,
      ratio: `${fmt((authed.requests.average / open.requests.average) * 100)}%`,
      goal: '—',
    },
  ];
}
