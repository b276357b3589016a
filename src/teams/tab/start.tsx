// First: a module's imports are evaluated in order, so the host and services (React-free) start
// before React, Fluent and the tab's screens are evaluated, should this graph arrive first.
import { servicesStarted } from './services-ahead';
import { startSurface } from '../../ui/app/startSurface';
import { preloadTabScreen } from './screens';
import { TabApp } from './TabApp';

void startSurface(
  import.meta.env,
  (host) => {
    preloadTabScreen(host);
    return <TabApp host={host} />;
  },
  servicesStarted,
);
