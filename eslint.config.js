import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { localRules } from './eslint/importThroughIndex.js';

/** An import of any of these top-level folders, from any depth. */
const foldersOf = (...folders) => folders.map((folder) => `**/${folder}/**`);

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'proto/generated/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Read the clock through a Clock passed in, not Date.now() (domain must stay pure).',
        },
      ],
    },
  },
  {
    files: ['domain/**/*.ts'],
    ignores: ['domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'pg',
            'knex',
            'express',
            'ioredis',
            'kafkajs',
            'ws',
            '../infra/*',
            '../../infra/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Date', 'Math', 'crypto', 'fetch', 'process', 'setTimeout'],
    },
  },
  {
    // Adapters implement ports: they know nothing of the code that uses them.
    files: ['infra/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: foldersOf('core', 'projectors', 'command-api', 'query-api', 'app', 'features'),
              message: 'infra/ implements ports; it imports no core, projector, API, app or feature code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Cross-cutting pieces sit below the adapters: a port platform needs is declared in platform.
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: foldersOf('infra', 'core', 'projectors', 'command-api', 'query-api', 'app', 'features'),
              message:
                'platform/ imports no adapter (infra/), no core and no projector, API, app or feature code; declare the port it needs here.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      '{app,bin,core,features,command-api,query-api,projectors,infra,platform,test,bench,scripts}/**/*.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // A folder's index.ts is its public face: code outside the folder imports nothing else of it.
    files: [
      '{access,app,command-api,core,domain,features,infra,platform,projectors,query-api,client}/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    plugins: { local: localRules },
    rules: { 'local/import-through-index': 'error' },
  },
);
