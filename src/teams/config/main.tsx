import { startSurface } from '../../ui/app/startSurface';
import { ConfigPage } from './ConfigPage';

void startSurface(import.meta.env, () => <ConfigPage />);
