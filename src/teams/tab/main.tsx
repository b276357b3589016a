import { preloadHost } from '../../host/teams-preload';
import { preloadLastFluentTheme } from '../../host/theme';
import { openCacheAhead } from '../../ui/app/cacheAhead';
import { preloadLastLocaleWords } from '../../ui/board/locale-words';
import { preloadTabScreenFromUrl } from './screens';

// The page's own script is only this: the first screen (known from the URL), the app's start-up
// (the services), the host (teams-js inside Teams), the cache (and, when it is empty, sign-in and
// the Graph adapter), the theme last shown and the words of the language last spoken are all
// fetched at once, not each after the code that asks for it has arrived and run.
preloadTabScreenFromUrl(window.location.search);
// The page's entry: a start-up that cannot be loaded leaves nothing on the page to try again.
// The host and services start as soon as their module has run, before the start-up's React.
// eslint-disable-next-line no-restricted-syntax
void import('./services-ahead');
// eslint-disable-next-line no-restricted-syntax
void import('./start');
preloadHost();
openCacheAhead();
preloadLastFluentTheme();
preloadLastLocaleWords();
