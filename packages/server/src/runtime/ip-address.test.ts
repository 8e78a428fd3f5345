import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipVersion } from './ip-address.js';

describe('ipVersion', () => {
  it('answers as node:net isIP on the usual and the tricky forms', () => {
    const samples = [
      '127.0.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3',
      '1.2.3.4.5',
      '::',
      '::1',
      '::ffff:192.168.0.1',
      '2001:db8::1',
      '2001:db8:0:0:0:0:0:1',
      'fe80::1%eth0',
      '2001:db8::1::2',
      '2001:db8:::1',
      '1:2:3:4:5:6:7:8:9',
      'localhost',
      '',
      ' 127.0.0.1',
      '[::1]',
    ];
    for (const sample of samples) expect(ipVersion(sample), sample).toBe(isIP(sample));
  });

  it('agrees with node:net on generated addresses and near-addresses', () => {
    const group = fc.stringMatching(/^[0-9a-fA-F]{0,5}$/);
    const v6ish = fc.array(group, { minLength: 1, maxLength: 10 }).map((groups) => groups.join(':'));
    const v4ish = fc.array(fc.nat(300), { minLength: 3, maxLength: 5 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.oneof(v6ish, v4ish, fc.ipV4(), fc.ipV6(), fc.string()), (text) => {
        expect(ipVersion(text)).toBe(isIP(text));
      }),
      { numRuns: 5000 },
    );
  });
});
