// Lint rules that keep the architecture honest (STYLE.md): the domain knows no framework, only the
// data-access module touches wx-server-sdk, nothing shipped imports the emulator, database calls stay
// in repository modules and no cloud function imports another's folder.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// --- cloud function boundaries (ARCHITECTURE.md: every database call sits in a repository module; no
// function imports another function's folder). Local rules: they need the file's place in the tree.
const FUNCTIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cloudfunctions');
/** ['tickets', 'actions', 'file.ts'] for cloudfunctions/tickets/actions/file.ts; null outside. */
const placeOf = (file) => {
  const rel = path.relative(FUNCTIONS_DIR, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep);
};
/** shared/repo/**, <function>/repo/** and shared/cloud.ts (where db() is defined). */
const isRepoModule = (parts) => parts[1] === 'repo' || parts.join('/') === 'shared/cloud.ts';

const dbOnlyInRepo = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { db: 'Database calls live in repository modules (cloudfunctions/shared/repo/, <function>/repo/).' },
  },
  create(context) {
    const parts = placeOf(context.filename);
    if (!parts || isRepoModule(parts)) return {};
    return {
      CallExpression(node) {
        const c = node.callee;
        const isDb = c.type === 'Identifier' && c.name === 'db';
        const isDatabase = c.type === 'MemberExpression' && !c.computed && c.property.name === 'database';
        if (isDb || isDatabase) context.report({ node, messageId: 'db' });
      },
      ImportSpecifier(node) {
        if (node.imported.name === 'db' && /(^|\/)cloud$/.test(node.parent.source.value))
          context.report({ node, messageId: 'db' });
      },
    };
  },
};

const noCrossFunctionImport = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      cross:
        "A function imports only its own files, ../shared and @lx/types: '{{source}}' is in the {{target}} function.",
    },
  },
  create(context) {
    const parts = placeOf(context.filename);
    if (!parts || parts.length < 2) return {};
    const own = parts[0];
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = placeOf(path.resolve(path.dirname(context.filename), source));
      if (!target || target.length < 2 || target[0] === own || target[0] === 'shared') return;
      context.report({ node, messageId: 'cross', data: { source, target: target[0] } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
      CallExpression: (node) =>
        node.callee.type === 'Identifier' && node.callee.name === 'require' && check(node, node.arguments[0]?.value),
    };
  },
};
const lx = { rules: { 'db-only-in-repo': dbOnlyInRepo, 'no-cross-function-import': noCrossFunctionImport } };

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
  {
    files: ['cloudfunctions/**/*.ts'],
    plugins: { lx },
    rules: { 'lx/db-only-in-repo': 'error' },
  },
  {
    // tests and their helpers may drive other functions (their index, a timer's run module)
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['**/*.test.ts', 'cloudfunctions/test-support/**'],
    plugins: { lx },
    rules: { 'lx/no-cross-function-import': 'error' },
  },
  {
    // logs go through shared/log.ts, whose lines are an allow-list (types/privacy.ts logLine)
    files: ['cloudfunctions/**/*.ts'],
    ignores: [
      'cloudfunctions/shared/log.ts',
      'cloudfunctions/build.ts',
      '**/*.test.ts',
      'cloudfunctions/test-support/**',
    ],
    rules: { 'no-console': 'error' },
  },
);
