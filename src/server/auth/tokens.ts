/**
 * Tokens: the shop-signed customer token (HS256 JWT with the customer id as `sub` and an expiry,
 * signed by the shop's backend with the shop's secret) and the random conversation access token
 * (the browser keeps it; the store keeps its SHA-256).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { DomainError } from '../../domain/errors.ts';

const unauthorized = (message: string) => new DomainError('needs_verification', message);

/** A new random secret or token (base64url, 256 bits). */
export const newSecret = () => randomBytes(32).toString('base64url');

/** The stored form of an access token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether `token` hashes to `hash`, compared in constant time. */
export function tokenMatches(token: string, hash: string | null): boolean {
  if (!hash) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The customer id in a shop-signed token; 401 when forged, expired or for another shop. */
export async function verifyCustomerToken(
  token: string,
  secret: string,
  shopId: string,
  now: Date,
) {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      currentDate: now,
      requiredClaims: ['sub', 'exp'],
    });
    if (payload['shop'] !== undefined && payload['shop'] !== shopId) throw new Error('other shop');
    if (!payload.sub) throw new Error('no subject');
    return payload.sub;
  } catch {
    throw unauthorized('The customer token is invalid or expired. Sign the shopper in again.');
  }
}

/** Signs a customer token (for shops' backends, tests and `kefu customer-token`). */
export function signCustomerToken(
  secret: string,
  shopId: string,
  customerId: string,
  ttlSeconds: number,
  now: Date,
) {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ shop: shopId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(customerId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
