import { createHash } from 'node:crypto';
import type { Sha256 } from '../../../src/core/rituals';

/** SHA-256 as the product computes it (Web Crypto), from Node's own implementation. */
export const sha256: Sha256 = async (text) =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/** A fixed salt per voter: tests need no randomness. */
export const saltOf = (userId: string) => userId.padEnd(32, '0').replace(/[^0-9a-f]/g, 'f');
