import { z } from 'zod';
import { int, url } from '../platform/settings/index.js';
import { featureModules } from './featureModules.js';
import { pushSettings, pushSettingsProblems } from './pushSettings.js';

const brokers = z
  .string()
  .refine(
    (value) => value.split(',').every((b) => /^[A-Za-z0-9.-]+:\d{1,5}$/.test(b.trim())),
    'a comma-separated list of host:port',
  );

/** `*`, or web origins (`https://app.example.com`, no path). */
const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .refine(
    (list) =>
      list.every((o) => {
        if (o === '*') return true;
        try {
          const url = new URL(o);
          return ['http:', 'https:'].includes(url.protocol) && url.origin === o;
        } catch {
          return false;
        }
      }),
    '`*` or comma-separated origins such as https://app.example.com (scheme, host, port; no path)',
  );

/**
 * The environment variables of the core (README, "Configuration"); feature modules declare their
 * own. Absent optional URLs select the embedded default of that port.
 */
const coreSettings = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  DATABASE_POOL_MAX: int(1, 500).default(10),
  EVENTSTORE_URL: url([
    'esdb:',
    'esdb+discover:',
    'kurrentdb:',
    'kurrentdb+discover:',
    'kurrent:',
  ]).optional(),
  KAFKA_BROKERS: brokers.optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('eventide'),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, dot, dash, underscore')
    .default(''),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]+$/, 'letters, digits, colon, dot, dash, underscore')
    .default('eventide:'),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a valid S3 bucket name')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  JWT_PRIVATE_KEY: z.string().includes('PRIVATE KEY', { message: 'a PEM private key (EC P-256)' }).optional(),
  JWT_PUBLIC_KEYS: z.string().includes('PUBLIC KEY', { message: 'one or more PEM public keys' }).optional(),
  JWT_ISSUER: z.string().min(1).default('eventide'),
  JWT_AUDIENCE: z.string().min(1).default('eventide-app'),
  ACCESS_TOKEN_TTL_SECONDS: int(30, 86_400).default(900),
  REFRESH_TOKEN_DAYS: int(1, 365).default(30),
  REFRESH_TOKEN_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  REFRESH_GRACE_SECONDS: int(0, 600).default(30),
  RATE_LIMIT_MULTIPLIER: z.coerce.number().min(0).max(10_000).default(1),
  AUTH_CODE_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ADMIN_EMAILS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email()))
    .default([]),
  DATA_KEY_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  APPLE_CLIENT_IDS: z.string().min(1).optional(),
  APPLE_JWKS_URL: url(['http:', 'https:']).default('https://appleid.apple.com/auth/keys'),
  GOOGLE_CLIENT_IDS: z.string().min(1).optional(),
  GOOGLE_JWKS_URL: url(['http:', 'https:']).default('https://www.googleapis.com/oauth2/v3/certs'),
  FACEBOOK_APP_ID: z.string().min(1).optional(),
  FACEBOOK_APP_SECRET: z.string().min(1).optional(),
  FACEBOOK_GRAPH_URL: url(['http:', 'https:']).default('https://graph.facebook.com'),
  WEBAUTHN_RP_ID: z.string().min(1).optional(),
  WEBAUTHN_RP_NAME: z.string().min(1).default('Eventide'),
  WEBAUTHN_ORIGINS: z.string().min(1).optional(),
  COLLECTIONS_FILE: z.string().min(1).optional(),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Eventide <no-reply@localhost>'),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  CORS_ORIGINS: origins.default([]),
  HSTS_MAX_AGE_SECONDS: int(0, 2 * 365 * 86_400).optional(),
  OPS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  OPS_PORT: int(0, 65535).optional(),
  OPS_HOST: z.string().min(1).default('127.0.0.1'),
  APP_URL: url(['http:', 'https:']).optional(),
  CURSOR_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  PASSWORD_SCRYPT_N: int(1024, 2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, 'a power of two')
    .default(2 ** 15),
  BODY_LIMIT_BYTES: int(1024, 50 * 1024 * 1024).default(64 * 1024),
  HTTP_HEADERS_TIMEOUT_SECONDS: int(1, 300).default(20),
  HTTP_REQUEST_TIMEOUT_SECONDS: int(1, 3600).default(60),
  FEED_MAX_WAIT_SECONDS: int(0, 300).default(60),
  PROJECTOR_LEASE_MS: int(500, 600_000).default(10_000),
  PROJECTOR_BATCH_SIZE: int(1, 10_000).default(200),
  PROJECTOR_MAX_ATTEMPTS: int(1, 100).default(5),
  PROJECTOR_BACKOFF_MS: int(1, 600_000).default(200),
  SCHEDULER_MAX_ATTEMPTS: int(1, 100).default(10),
  SCHEDULER_BACKOFF_MS: int(1, 3_600_000).default(1000),
  SCHEDULER_RETENTION_DAYS: int(1, 3650).default(7),
  WORKFLOW_GRACE_SECONDS: int(1, 86_400).default(30),
  EVENTIDE_TEST_CRASH_AT: z.string().optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http:', 'https:']).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
  ...pushSettings,
};

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
/** The settings every feature module declares beside its code, merged. */
type ModuleSettings = UnionToIntersection<NonNullable<(typeof featureModules)[number]['settings']>>;

function moduleSettings(): ModuleSettings {
  const merged: Record<string, z.ZodType> = {};
  for (const module of featureModules) {
    for (const [key, schema] of Object.entries<z.ZodType>(module.settings ?? {})) {
      if (key in coreSettings || key in merged)
        throw new Error(`${module.name} redeclares the setting ${key}`);
      merged[key] = schema;
    }
  }
  return merged as ModuleSettings;
}

/**
 * Every environment variable the backend reads: the core's, and each feature module's own.
 */
export const configSchema = z.object({ ...coreSettings, ...moduleSettings() });

/** PUBLIC_URL is always set once loaded: by default it follows HOST and PORT. */
export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

/** `http://<HOST>:<PORT>`, with `localhost` for a wildcard HOST (0.0.0.0, ::). */
export function defaultPublicUrl(host: string, port: number): string {
  const name = ['0.0.0.0', '::', '[::]'].includes(host)
    ? 'localhost'
    : host.includes(':')
      ? `[${host}]`
      : host;
  return `http://${name}:${port}`;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment; a bad value fails with one line per variable saying what it must be. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = configSchema.safeParse(relevant);
  if (result.success) {
    const config = result.data;
    const s3 = [config.S3_ENDPOINT, config.S3_BUCKET, config.S3_ACCESS_KEY_ID, config.S3_SECRET_ACCESS_KEY];
    const problems = pushSettingsProblems(config);
    if (s3.some(Boolean) && !s3.every(Boolean))
      problems.unshift(
        '  S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set all four or none',
      );
    if (config.PUSH_RETRY_MAX_DELAY_MS < config.PUSH_RETRY_BASE_MS)
      problems.push('  PUSH_RETRY_MAX_DELAY_MS: at least PUSH_RETRY_BASE_MS (the cap of the doubled delay)');
    if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
    return { ...config, PUBLIC_URL: config.PUBLIC_URL ?? defaultPublicUrl(config.HOST, config.PORT) };
  }
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${[...new Set(lines)].join('\n')}`);
}

/** For the split production processes: what they cannot run without. */
export function requireForSplitProcess(config: Config, process: string, names: (keyof Config)[]): void {
  const missing = names.filter((name) => config[name] === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration for ${process}:\n${missing.map((m) => `  ${m}: required when running ${process} on its own`).join('\n')}`,
    );
  }
}
