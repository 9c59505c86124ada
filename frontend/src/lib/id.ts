/**
 * A random key for `Idempotency-Key`. crypto.randomUUID exists only in secure contexts;
 * getRandomValues works everywhere, so it is the fallback (e.g. a LAN address over http).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
