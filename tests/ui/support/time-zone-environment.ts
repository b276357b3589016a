/**
 * jsdom whose clock reads in a time zone the test chooses, as a browser's does in its user's
 * zone: `setTimeZone('America/Los_Angeles')`. Setting `process.env.TZ` inside a test changes
 * nothing (jest hands each test file a copy of the environment variables), so the zone is set on
 * the worker's own process, and put back once the file is done.
 * Use with `@jest-environment ./tests/ui/support/time-zone-environment.ts`.
 */
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import JsdomEnvironment from 'jest-environment-jsdom';

export default class TimeZoneEnvironment extends JsdomEnvironment {
  private readonly zoneBefore = process.env.TZ;

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    this.global.setTimeZone = (zone: string) => {
      process.env.TZ = zone;
    };
  }

  override async teardown(): Promise<void> {
    process.env.TZ = this.zoneBefore;
    await super.teardown();
  }
}

declare global {
  /** Sets the zone the test's clock reads in (an IANA name). */
  function setTimeZone(zone: string): void;
}
