import { startSurface } from '../../ui/app/startSurface';
import { TabApp } from './TabApp';

void startSurface(import.meta.env, (host) => <TabApp host={host} />);
