import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { iosDevice, type Api } from './api.js';

/** A registered user as the presence, location and realtime tests use one: its id and access token. */
export type Someone = { userId: string; token: string };

/** Registers a user named `name` on a fresh iOS device (an installation of its own) and expects 201. */
export async function registerSomeone(client: Api, name: string): Promise<Someone> {
  const response = await client.post<{ user: { id: string }; accessToken: string }>('/v1/auth/register', {
    email: `${randomUUID()}@example.com`,
    password: 'correct horse battery staple',
    displayName: name,
    device: { ...iosDevice, installationId: randomUUID() },
  });
  expect(response.status, response.raw.toString()).toBe(201);
  return { userId: response.body.user.id, token: response.body.accessToken };
}
