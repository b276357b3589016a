import { startSurface } from '../../ui/app/startSurface';
import { preloadTabScreen } from './screens';
import { servicesStarted } from './services-ahead';
import { TabApp } from './TabApp';

void startSurface(
  import.meta.env,
  (host) => {
    preloadTabScreen(host);
    return <TabApp host={host} />;
  },
  servicesStarted,
);
