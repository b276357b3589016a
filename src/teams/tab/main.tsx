import { preloadLastFluentTheme } from '../../host/theme';
import { preloadTabScreenFromUrl } from './screens';

// The page's own script is only this: the first screen (known from the URL), the theme last
// shown and the app's start-up (the host, the services) are all fetched at once, not each after
// the code that asks for it has arrived and run.
preloadTabScreenFromUrl(window.location.search);
preloadLastFluentTheme();
void import('./start');
