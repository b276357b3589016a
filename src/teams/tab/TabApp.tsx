import { lazy, Suspense } from 'react';
import type { Host } from '../../host/types';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { MyOkrs } from './MyOkrs';
import { TeamTab } from './TeamTab';

const ImportRoute = lazy(() => import('./ImportRoute'));

/**
 * One page serves every tab. A configured channel, group chat or meeting tab carries its team
 * scope and cycle (`tabSettings`) and shows that board; the personal tab, or an unconfigured
 * page, shows "My OKRs" across teams for the current cycle. `?page=import` opens the Import page.
 */
export function TabApp({ host }: { readonly host: Host }) {
  const settings = host.context.tabSettings;
  if (new URLSearchParams(window.location.search).get('page') === 'import') {
    return (
      <Suspense fallback={<LoadingState label="Loading the Import page" />}>
        <ImportRoute />
      </Suspense>
    );
  }
  if (host.context.surface === 'personalTab' || !settings) return <MyOkrs />;
  return <TeamTab settings={settings} />;
}
