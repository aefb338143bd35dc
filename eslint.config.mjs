// ESLint flat config: typescript-eslint's recommended rules (not type-aware) and the architecture's
// boundaries (GUIDE "One core, many hosts"): hosts reach the core only through src/core/index.ts; the core
// imports no host, no Node, no DOM, React or Office API.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE = ['fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'zlib', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'coverage/**', 'node_modules/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_`-prefixed parameters and rest siblings are deliberate (interfaces implemented partially)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // a spread call passes every element as an argument: above about 125 000 (findings of a 100 000-row
    // sheet, WB-1.9) it overflows the stack
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='push'] > SpreadElement",
          message:
            'push(...x) overflows the call stack for long arrays: use dolacz (src/core/tablice/dolacz.ts) or a loop.',
        },
      ],
    },
  },
  {
    // CommonJS build and test configuration files
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // a host folder above src/core (the core's own jst/przyklady is imported as './przyklady/…')
              regex: '^(\\.\\./)+(addin|cli|bench|przyklady)(/|$)',
              message: 'The core imports no host.',
            },
            { group: ['node:*', ...NODE], message: 'The core is pure: no Node I/O (GUIDE).' },
            {
              group: ['react', 'react-dom', 'react/*', '@fluentui/*', 'exceljs', 'office-*', '@microsoft/*'],
              message: 'The core uses no UI, Office or file library.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'Excel',
          'Office',
          'OfficeExtension',
          'CustomFunctions',
          'document',
          'window',
          'navigator',
          'localStorage',
          'process',
          'require',
          'Buffer',
          '__dirname',
          'setTimeout',
          'setInterval',
          'fetch',
        ].map((name) => ({ name, message: 'The core is pure TypeScript: no DOM, Office or Node globals.' })),
      ],
    },
  },
  {
    files: ['src/addin/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/bench/**/*.ts', 'src/przyklady/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '!**/core/index'],
              message: 'Hosts import the core only through its public entry (src/core/index.ts).',
            },
          ],
        },
      ],
    },
  },
);
