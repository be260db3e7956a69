import { createECDH, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { url } from '../platform/settings/index.js';

/** A value given inline or (anything else) as the path of a file holding it. */
function readFileOrInline(value: string, inline: (v: string) => boolean): string {
  return inline(value) ? value : readFileSync(value, 'utf8');
}

/** Reads a file named by a setting, or explains why it cannot. */
function fileText(path: string, ctx: z.RefinementCtx): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    ctx.addIssue({
      code: 'custom',
      message: `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    });
    return undefined;
  }
}

/** The .p8 file Apple issues for token auth: an EC P-256 private key (PKCS#8 PEM). Parsed to its PEM text. */
const apnsKeyFile = z.string().transform((path, ctx) => {
  const pem = fileText(path, ctx);
  if (pem === undefined) return z.NEVER;
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return pem;
  } catch {
    // reported below
  }
  ctx.addIssue({
    code: 'custom',
    message: `${path} is not an EC P-256 private key (the .p8 file from Apple)`,
  });
  return z.NEVER;
});

/** A Google service-account key (the JSON, or the path of its file), with the fields FCM needs. */
const serviceAccount = z.string().transform((value, ctx) => {
  let json: unknown;
  try {
    json = JSON.parse(readFileOrInline(value, (v) => v.trimStart().startsWith('{')));
  } catch (e) {
    ctx.addIssue({
      code: 'custom',
      message: `a service-account key file (JSON) or its path: ${(e as Error).message}`,
    });
    return z.NEVER;
  }
  const account = json as Record<string, unknown> | null;
  const missing = ['project_id', 'client_email', 'private_key'].filter(
    (field) => typeof account?.[field] !== 'string' || account[field] === '',
  );
  if (missing.length > 0) {
    ctx.addIssue({ code: 'custom', message: `the service account lacks ${missing.join(', ')}` });
    return z.NEVER;
  }
  try {
    if (createPrivateKey(account!.private_key as string).asymmetricKeyType !== 'rsa')
      throw new Error('not RSA');
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'the service account private_key is not an RSA private key (PEM)',
    });
    return z.NEVER;
  }
  return {
    project_id: account!.project_id as string,
    client_email: account!.client_email as string,
    private_key: account!.private_key as string,
  };
});

/** base64url (no padding) of exactly `bytes` bytes; `first` checks the first byte. */
const base64urlKey = (bytes: number, what: string, first?: number) =>
  z.string().refine((value) => {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) return false;
    const raw = Buffer.from(value, 'base64url');
    return raw.length === bytes && (first === undefined || raw[0] === first);
  }, `${what}: ${bytes} bytes, base64url (as \`npx web-push generate-vapid-keys\` prints it)`);

/** A PEM certificate file (a test server's CA), parsed to its text. */
const pemCertificateFile = z.string().transform((path, ctx) => {
  const pem = fileText(path, ctx);
  if (pem !== undefined && !pem.includes('BEGIN CERTIFICATE'))
    ctx.addIssue({ code: 'custom', message: `${path} holds no PEM certificate` });
  return pem ?? z.NEVER;
});

const flag = z
  .enum(['true', 'false', '1', '0'], { message: '`true` or `false`' })
  .transform((v) => v === 'true' || v === '1');

/** Push provider credentials (README, "Push providers"): each provider is real when its are set. */
export const pushSettings = {
  FCM_SERVICE_ACCOUNT: serviceAccount.optional(),
  FCM_TEST_ENDPOINT: url(['https:']).optional(),
  FCM_TEST_CA_FILE: pemCertificateFile.optional(),
  APNS_KEY_FILE: apnsKeyFile.optional(),
  APNS_KEY_ID: z
    .string()
    .regex(/^[A-Z0-9]{10}$/, 'the 10-character key id Apple shows for the .p8 key')
    .optional(),
  APNS_TEAM_ID: z
    .string()
    .regex(/^[A-Z0-9]{10}$/, 'the 10-character Apple team id')
    .optional(),
  APNS_BUNDLE_ID: z
    .string()
    .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'a bundle id such as com.example.app')
    .optional(),
  APNS_PRODUCTION: flag.default(false),
  APNS_TEST_ENDPOINT: url(['https:']).optional(),
  APNS_TEST_CA_FILE: pemCertificateFile.optional(),
  VAPID_PUBLIC_KEY: base64urlKey(65, 'an uncompressed P-256 public key', 0x04).optional(),
  VAPID_PRIVATE_KEY: base64urlKey(32, 'a P-256 private key').optional(),
  VAPID_SUBJECT: z
    .string()
    .refine((value) => /^mailto:[^@\s]+@[^@\s]+$/.test(value) || /^https:\/\/[^/\s]+/.test(value), {
      message: 'a mailto: address or an https: URL the push services may contact',
    })
    .optional(),
};

type PushConfig = z.infer<z.ZodObject<typeof pushSettings>>;

/** What the settings say together: the lines of a ConfigError, empty when they agree. */
export function pushSettingsProblems(config: PushConfig): string[] {
  const problems: string[] = [];
  const apns = [config.APNS_KEY_FILE, config.APNS_KEY_ID, config.APNS_TEAM_ID, config.APNS_BUNDLE_ID];
  if (apns.some(Boolean) && !apns.every(Boolean))
    problems.push('  APNS_KEY_FILE, APNS_KEY_ID, APNS_TEAM_ID, APNS_BUNDLE_ID: set all four or none');
  if (Boolean(config.VAPID_PUBLIC_KEY) !== Boolean(config.VAPID_PRIVATE_KEY))
    problems.push(
      '  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: set both or neither (neither: generated into DATA_DIR)',
    );
  else if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) {
    const ecdh = createECDH('prime256v1');
    let matches = false;
    try {
      ecdh.setPrivateKey(Buffer.from(config.VAPID_PRIVATE_KEY, 'base64url'));
      matches = ecdh.getPublicKey('base64url') === config.VAPID_PUBLIC_KEY;
    } catch {
      // not a valid private key: not a pair either
    }
    if (!matches) problems.push('  VAPID_PRIVATE_KEY: not the private key of VAPID_PUBLIC_KEY');
    if (!config.VAPID_SUBJECT)
      problems.push('  VAPID_SUBJECT: required with VAPID keys (the contact push services see)');
  }
  if (config.FCM_TEST_ENDPOINT && (!config.FCM_TEST_CA_FILE || !config.FCM_SERVICE_ACCOUNT))
    problems.push('  FCM_TEST_ENDPOINT: needs FCM_TEST_CA_FILE and FCM_SERVICE_ACCOUNT (tests only)');
  if (config.APNS_TEST_ENDPOINT && (!config.APNS_TEST_CA_FILE || !config.APNS_KEY_FILE))
    problems.push(
      '  APNS_TEST_ENDPOINT: needs APNS_TEST_CA_FILE and the APNS_KEY_FILE settings (tests only)',
    );
  return problems;
}
