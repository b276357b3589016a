import { startSurface } from '../../ui/app/startSurface';
import { firstBoard, preloadTabScreen, TabApp } from './TabApp';

void startSurface(
  import.meta.env,
  (host) => {
    preloadTabScreen(host);
    return <TabApp host={host} />;
  },
  { firstBoard },
);
