import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'proto/generated/**', '.cache/**'] },
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
    files: ['{app,bin,command-api,query-api,projectors,infra,platform,test,bench,scripts}/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
