import type { Host } from '../../host/types';
import { MyOkrs } from './MyOkrs';
import { TeamTab } from './TeamTab';

/**
 * One page serves every tab. A configured channel, group chat or meeting tab carries its team
 * scope and cycle (`tabSettings`) and shows that board; the personal tab, or an unconfigured
 * page, shows "My OKRs" across teams for the current cycle.
 */
export function TabApp({ host }: { readonly host: Host }) {
  const settings = host.context.tabSettings;
  if (host.context.surface === 'personalTab' || !settings) return <MyOkrs />;
  return <TeamTab settings={settings} />;
}
