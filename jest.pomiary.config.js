/**
 * Measurements, not tests (`npm run bench` runs `npx jest --config jest.pomiary.config.js`): the add-in on
 * the fake Excel host prints one line `POMIAR {json}` on stdout. The normal `npx jest` (testMatch *.test.ts)
 * never picks these files up.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/test/pomiary/**/*.pomiar.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
  testTimeout: 300000,
};
