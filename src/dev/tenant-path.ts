/**
 * The local stack can hold several tenants (the browser tests give each test file its own). A
 * tenant's pages are served under `/tenants/<tenant id>/` as well as at the root, so a simulator
 * knows from its own URL which tenant it signs its users in to; at the root it is the demo tenant.
 */
const tenantPath = /^\/tenants\/([0-9A-Za-z-]{1,64})(\/.*)$/;

export function tenantOfPath(pathname: string): { tenantId: string; rest: string } | undefined {
  const match = tenantPath.exec(pathname);
  return match?.[1] && match[2] ? { tenantId: match[1], rest: match[2] } : undefined;
}

export function tenantSiteRoot(origin: string, tenantId: string): string {
  return `${origin}/tenants/${tenantId}/`;
}
