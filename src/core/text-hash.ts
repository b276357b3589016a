/**
 * FNV-1a, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/): a stable, fast hash of a text,
 * for ids derived from content. Not a cryptographic hash. `basis` picks the lane: the standard
 * offset basis by default, other values for further independent lanes of a longer hash.
 */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}
