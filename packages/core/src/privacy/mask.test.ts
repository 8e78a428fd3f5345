import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask.js';

describe('maskPhone', () => {
  it('keeps the prefix and the last four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });
  it('hides a short number entirely', () => {
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('maskIdNumber', () => {
  it('hides the birth date of an 18-character ID', () => {
    expect(maskIdNumber('110101199001011234')).toBe('110101********1234');
    expect(maskIdNumber('11010119900101123X')).toBe('110101********123X');
  });
  it('masks a 15-digit ID the same way', () => {
    expect(maskIdNumber('110101900101123')).toBe('110101*****1123');
  });
});
