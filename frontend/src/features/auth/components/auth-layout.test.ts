import { safeNext } from './auth-layout';

describe('safeNext', () => {
  it.each([
    ['/interviews?q=acme', '/interviews?q=acme'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
