// Lint rules that keep the architecture honest (STYLE.md): the domain knows no framework, only the
// data-access module touches wx-server-sdk, nothing shipped imports the emulator.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'e2e/artifacts/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      complexity: ['warn', 15],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['types/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'wx-server-sdk',
                '@tarojs/*',
                'react',
                '@nutui/*',
                '../cloudfunctions/*',
                '../emulator/*',
                '../client/*',
              ],
              message: 'types/ is pure domain: no framework, no I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cloudfunctions/**/*.ts', 'client/**/*.ts', 'client/**/*.tsx'],
    ignores: [
      '**/*.test.ts',
      '**/*.test.tsx',
      'cloudfunctions/test-support/**',
      'cloudfunctions/build.ts',
      'cloudfunctions/functions.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@emulator/*', '**/emulator/*', 'better-sqlite3', 'mingo', 'fastify'],
              message: 'Shipped code never depends on the local emulator.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/shared/cloud.ts', '**/*.test.ts', 'cloudfunctions/test-support/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSImportEqualsDeclaration[moduleReference.expression.value='wx-server-sdk']",
          message: 'Only cloudfunctions/shared/cloud.ts touches wx-server-sdk.',
        },
        {
          selector: "ImportDeclaration[source.value='wx-server-sdk']",
          message: 'Only cloudfunctions/shared/cloud.ts touches wx-server-sdk.',
        },
      ],
    },
  },
);
