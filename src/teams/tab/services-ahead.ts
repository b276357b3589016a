import { startHostAndServices } from '../../ui/app/servicesAhead';
import { loadLocaleWords } from '../../ui/board/locale-words';
import { firstBoard } from './screens';

/**
 * The tab's host and services, started as soon as this module has run: the page's entry imports
 * it beside the start-up, which takes what it started. The board's words for Teams' display
 * language load beside the services, as soon as the host has said which it is.
 */
export const servicesStarted = startHostAndServices(
  import.meta.env,
  { firstBoard },
  loadLocaleWords,
);
