/**
 * Two test projects:
 * - `unidad`: pure modules, tests beside them (`src/**\/*.test.ts`, `scripts/**\/*.test.ts`);
 * - `sitio`: the built site (`tests/**\/*.test.ts`), built once under a sub-path by the global
 *   setup, then checked file by file and in headless Chromium.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unidad',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sitio',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/soporte/construir-sitio.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
