import { createPublicKey } from 'node:crypto';
import http2 from 'node:http2';
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { startLocalApns } from './localApns.js';
import { startLocalFcm } from './localFcm.js';
import { startLocalWebPush } from './localWebPush.js';
import { testPrivateKey, testServiceAccount } from './testKeys.js';

/**
 * Opens a TLS connection, starts a request whose body never ends, then resets the TCP connection
 * (RST), as a sender SIGKILLed mid-send does.
 */
function resetMidRequest(port: number, alpn: 'h2' | 'http/1.1', path: string): Promise<void> {
  return new Promise((resolve) => {
    const raw = netConnect({ host: '127.0.0.1', port });
    const socket = tlsConnect({ socket: raw, rejectUnauthorized: false, ALPNProtocols: [alpn] });
    socket.on('error', () => resolve());
    socket.on('secureConnect', () => {
      if (alpn === 'h2') {
        const session = http2.connect(`https://127.0.0.1:${port}`, { createConnection: () => socket });
        session.on('error', () => {});
        const request = session.request({ ':method': 'POST', ':path': path });
        request.on('error', () => {});
        request.write('{"partial":');
      } else {
        socket.write(`POST ${path} HTTP/1.1\r\nHost: local\r\nContent-Length: 100\r\n\r\n{"partial":`);
      }
      setTimeout(() => {
        raw.resetAndDestroy();
        resolve();
      }, 20);
    });
  });
}

describe('local push servers', () => {
  // Before the fix the APNs server's stream had no error listener: the reset escaped as an
  // uncaught ECONNRESET, which fails the whole test run (it failed CI in pushExactlyOnce).
  it('when a client resets its connection in the middle of a request, the server should carry on, nothing uncaught', async () => {
    const apns = await startLocalApns({
      publicKey: createPublicKey(testPrivateKey('ec')),
      keyId: 'KEY1234567',
      teamId: 'TEAM123456',
      bundleId: 'com.example.eventide',
    });
    const fcm = await startLocalFcm(testServiceAccount(), {});
    const webPush = await startLocalWebPush();
    try {
      const fcmPort = Number(new URL(fcm.url).port);
      const webPushPort = Number(new URL(webPush.origin).port);
      const targets = [
        [apns.port, 'h2', '/3/device/abc'],
        [fcmPort, 'h2', '/v1/projects/p/messages:send'],
        [fcmPort, 'http/1.1', '/v1/projects/p/messages:send'],
        [webPushPort, 'http/1.1', '/push/abc'],
      ] as const;
      for (const [port, alpn, path] of targets)
        for (let i = 0; i < 5; i++) await resetMidRequest(port, alpn, path);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Still serving: a whole request gets its answer.
      const session = http2.connect(`https://127.0.0.1:${apns.port}`, { ca: apns.ca });
      const status = await new Promise<number>((resolve, reject) => {
        const request = session.request({ ':method': 'GET', ':path': '/3/device/abc' });
        request.on('response', (headers) => resolve(Number(headers[':status'])));
        request.on('error', reject);
        request.end();
      });
      session.close();
      expect(status).toBe(405);
      expect(apns.connections).toBeGreaterThanOrEqual(6);
    } finally {
      await Promise.all([apns.close(), fcm.close(), webPush.close()]);
    }
  });
});
