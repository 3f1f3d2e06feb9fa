import { defineConfig } from 'vitest/config';

// unit: pure src/lib code and content; site: the built dist/ (run after `astro build`);
// browser: Chromium through playwright-core against dist/ served on 127.0.0.1.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/bench/**/*.test.ts',
            'tests/components/**/*.test.ts',
          ],
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
