import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One temp folder for the run, removed at its end; a PostgreSQL server for the tests that need
    // one (found or started: test/helpers/pg-setup.ts).
    // (PostgreSQL first: its folder must not sit in the run's owner-only temp folder.)
    globalSetup: ['test/helpers/pg-setup.ts', 'test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
