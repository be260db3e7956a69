import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './publicAddresses.js';

describe('isPublicAddress', () => {
  it('when an address is private, loopback, link-local, shared, reserved or multicast, it should not be public; internet addresses should', () => {
    const inside = [
      '127.0.0.1',
      '10.0.0.8',
      '172.20.1.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd12::1',
      '::ffff:10.0.0.1',
      'not an ip',
    ];
    const outside = ['142.250.74.78', '17.253.144.10', '2a00:1450:4001:80b::200a', '::ffff:8.8.8.8'];
    expect(inside.filter(isPublicAddress)).toEqual([]);
    expect(outside.filter((a) => !isPublicAddress(a))).toEqual([]);
  });
});
