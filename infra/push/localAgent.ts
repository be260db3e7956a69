import { Agent } from 'node:https';
import { isIP } from 'node:net';
import { connect } from 'node:tls';

/**
 * Tests only: a keep-alive HTTPS agent whose every connection goes to the local server at
 * `endpoint.url`, trusting its CA (HTTP/1.1, as FcmPushProvider speaks to FCM).
 */
export function localAgent(endpoint: { url: string; ca: string }): Agent {
  const url = new URL(endpoint.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const agent = new Agent({ keepAlive: true });
  agent.createConnection = () =>
    connect({
      host,
      port: Number(url.port || 443),
      ca: endpoint.ca,
      ...(isIP(host) ? {} : { servername: host }),
      ALPNProtocols: ['http/1.1'],
    });
  return agent;
}
