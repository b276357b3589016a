// Times the Excel sheet shows are in the reader's own time zone (its Sync cells): the tests read
// them in UTC, whatever zone the machine running them is set to.
import process from 'node:process';

process.env.TZ = 'UTC';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// ESM-only packages in node_modules are compiled to CommonJS for jest as well.
const transform = { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc };
const transformIgnorePatterns = ['/node_modules/(?!(@azure/msal-browser|@microsoft/teams-js)/)'];

/** @type {import('jest').Config} */
export default {
  // A test may wait its turn for a core on a loaded two-core machine: no test relies on jest's
  // default 5 s. Timed goals are the bench's business, never a test's.
  testTimeout: 60_000,
  // One worker per core (jest's default leaves one idle): a browser test mostly waits on Chromium
  // and the local stack, so a second file runs meanwhile. Three workers on two cores passed once
  // (5 min 32 s) and then, with the suite grown, drove the load average to 100 with Chromium
  // processes: 46 suites timed out; two workers ran it all in 5 min 36 s.
  maxWorkers: '100%',
  // How long a worker may take to exit once its files are done, before jest kills it and warns
  // that it "failed to exit gracefully" (500 ms by default: jest 30’s workerGracefulExitTimeout,
  // jestjs/jest#15984). On a loaded two-core machine a worker with no handle left open took
  // longer than that to get the core it needed to exit; one that leaks still fails to exit.
  workerGracefulExitTimeout: 10_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/browser/'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/tests/ui/support/async-timeout.ts'],
      testMatch: ['<rootDir>/tests/**/*.test.tsx'],
      testPathIgnorePatterns: ['<rootDir>/tests/browser/'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      // One local stack (a production build, a static server, Fluid) for every browser test file.
      globalSetup: '<rootDir>/tests/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/browser/support/global-teardown.ts',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
  ],
};
