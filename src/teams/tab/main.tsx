import { startSurface } from '../../ui/app/startSurface';
import { firstBoard, preloadTabScreen, preloadTabScreenFromUrl, TabApp } from './TabApp';

// The first screen loads while the host, its theme and the services start, not after them.
preloadTabScreenFromUrl(window.location.search);
void startSurface(
  import.meta.env,
  (host) => {
    preloadTabScreen(host);
    return <TabApp host={host} />;
  },
  { firstBoard },
);
