import { startHostAndServices } from '../../ui/app/servicesAhead';
import { firstBoard } from './screens';

/**
 * The tab's host and services, started as soon as this module has run: the page's entry imports
 * it beside the start-up, which takes what it started.
 */
export const servicesStarted = startHostAndServices(import.meta.env, { firstBoard });
