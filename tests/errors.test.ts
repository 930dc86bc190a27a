import { describe, expect, it } from 'vitest';
import { dashiji } from '../src/errors.js';

describe('dashiji(message)', () => {
  const rows: Array<[string, Parameters<typeof dashiji>, ErrorConstructor | TypeErrorConstructor, string]> = [
    ['misuse is a TypeError', ['invalid times() options'], TypeError, 'dashiji: invalid times() options'],
    ['an unusable input is a plain Error', ['invalid entity dictionary', 'input'], Error, 'dashiji: invalid entity dictionary'],
    ['the prefix is never doubled', ['dashiji: already said'], TypeError, 'dashiji: already said'],
    ['a word that merely starts alike still gets it', ['dashijis are chronicles'], TypeError, 'dashiji: dashijis are chronicles'],
  ];
  it.each(rows)('%s', (_, args, type, message) => {
    const error = dashiji(...args);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(message);
  });

  it('an input error is not a TypeError, so callers can tell misuse from a bad file', () => {
    expect(dashiji('x', 'input')).not.toBeInstanceOf(TypeError);
  });

  it('keeps the cause', () => {
    const cause = new Error('low level');
    expect(dashiji('wrapped', 'usage', { cause }).cause).toBe(cause);
  });
});
