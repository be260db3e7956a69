import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/** A CA and a server certificate it signed, for local TLS servers (PEM). */
export interface TestCertificates {
  /** The CA's certificate: what clients trust. */
  ca: string;
  /** The server's certificate and key, valid for `localhost`, 127.0.0.1 and ::1 (plus `hosts`). */
  cert: string;
  key: string;
}

// A minimal DER writer: just what an X.509 v3 certificate with EC P-256 keys needs.
const der = (tag: number, ...content: Buffer[]): Buffer => {
  const body = Buffer.concat(content);
  const length =
    body.length < 0x80
      ? Buffer.from([body.length])
      : body.length < 0x100
        ? Buffer.from([0x81, body.length])
        : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
};
const seq = (...c: Buffer[]) => der(0x30, ...c);
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const bytes = [a! * 40 + b!];
  for (const n of rest) {
    const groups = [n & 0x7f];
    for (let v = n >> 7; v > 0; v >>= 7) groups.unshift((v & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
};
const utf8 = (s: string) => der(0x0c, Buffer.from(s, 'utf8'));
const time = (d: Date) => der(0x18, Buffer.from(`${d.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`));
const name = (cn: string) => seq(der(0x31, seq(oid('2.5.4.3'), utf8(cn))));
const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
const extension = (id: string, critical: boolean, value: Buffer) =>
  seq(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), der(0x04, value));

function certificate(options: {
  subject: string;
  issuer: string;
  publicKey: KeyObject;
  signer: KeyObject;
  ca: boolean;
  hosts?: string[];
  ips?: string[];
}): string {
  const now = Date.now();
  const extensions = [
    extension('2.5.29.19', true, seq(...(options.ca ? [der(0x01, Buffer.from([0xff]))] : []))),
    // keyUsage: keyCertSign + cRLSign for the CA, digitalSignature for the server.
    extension(
      '2.5.29.15',
      true,
      der(0x03, options.ca ? Buffer.from([0x01, 0x06]) : Buffer.from([0x07, 0x80])),
    ),
  ];
  if (!options.ca) {
    const names = [
      ...(options.hosts ?? []).map((h) => der(0x82, Buffer.from(h))),
      ...(options.ips ?? []).map((ip) => der(0x87, ipBytes(ip))),
    ];
    extensions.push(extension('2.5.29.17', false, seq(...names)));
  }
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    ECDSA_SHA256,
    name(options.issuer),
    seq(time(new Date(now - 3_600_000)), time(new Date(now + 7 * 86_400_000))),
    name(options.subject),
    options.publicKey.export({ type: 'spki', format: 'der' }),
    der(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, options.signer);
  const cert = seq(tbs, ECDSA_SHA256, der(0x03, Buffer.from([0]), signature));
  return `-----BEGIN CERTIFICATE-----\n${cert.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

function ipBytes(ip: string): Buffer {
  if (ip.includes(':')) {
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
    return Buffer.concat(groups.map((g) => Buffer.from(g.padStart(4, '0'), 'hex')));
  }
  return Buffer.from(ip.split('.').map(Number));
}

/**
 * A fresh CA and a server certificate signed by it (EC P-256, ECDSA with SHA-256), made with
 * node:crypto alone, so a test's local TLS server is trusted by a client given only `ca`.
 */
export function testCertificates(hosts: string[] = []): TestCertificates {
  const caKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const serverKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ca = certificate({
    subject: 'Eventide test CA',
    issuer: 'Eventide test CA',
    publicKey: caKeys.publicKey,
    signer: caKeys.privateKey,
    ca: true,
  });
  const cert = certificate({
    subject: 'localhost',
    issuer: 'Eventide test CA',
    publicKey: serverKeys.publicKey,
    signer: caKeys.privateKey,
    ca: false,
    hosts: ['localhost', ...hosts],
    ips: ['127.0.0.1', '::1'],
  });
  return { ca, cert, key: serverKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string };
}
