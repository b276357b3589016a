/**
 * The runtime a Teams host announces in its `initialize` answer: teams-js 2 reads
 * `apiVersion` (4 is current) and `supports` to decide what `isSupported()` returns.
 * Handler sets add what they answer (`supports` fragments are merged). The simulator signs
 * users in through nested app authentication, so it recommends that channel as Teams does
 * (teams-js `nestedAppAuth.isNAAChannelRecommended()`).
 */
export type Supports = { readonly [capability: string]: Supports };

export function simulatorRuntimeConfig(supports: readonly Supports[]): object {
  return {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: true,
    isLegacyTeams: false,
    supports: supports.reduce(mergeSupports, {}),
  };
}

function mergeSupports(into: Supports, from: Supports): Supports {
  const merged: Record<string, Supports> = { ...into };
  for (const [capability, nested] of Object.entries(from)) {
    merged[capability] = mergeSupports(merged[capability] ?? {}, nested);
  }
  return merged;
}
