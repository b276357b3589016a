import { startSurface } from '../../ui/app/startSurface';
import { preloadTabScreen, TabApp } from './TabApp';

void startSurface(import.meta.env, (host) => {
  preloadTabScreen(host);
  return <TabApp host={host} />;
});
