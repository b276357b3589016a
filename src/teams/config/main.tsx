import { startHostAndServices } from '../../ui/app/servicesAhead';
import { startSurface } from '../../ui/app/startSurface';
import { loadLocaleWords, preloadLastLocaleWords } from '../../ui/board/locale-words';
import { ConfigPage } from './ConfigPage';

// The set-up page's words for Teams' display language load beside the services, as the tab's
// do: a German Teams' first screen of the new tab is German, not English until the board opens.
preloadLastLocaleWords();
void startSurface(
  import.meta.env,
  () => <ConfigPage />,
  startHostAndServices(import.meta.env, {}, loadLocaleWords),
);
