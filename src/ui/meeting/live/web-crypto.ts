import type { Sha256 } from '../../../core/rituals';

/** SHA-256 through Web Crypto (`crypto.subtle`, in browsers and in Node), as lowercase hex. */
export const webCryptoSha256: Sha256 = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};

/** A fresh 128-bit salt from the cryptographic random source, as lowercase hex. */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
