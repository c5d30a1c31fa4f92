// Lint rules: typescript-eslint's recommended set, plus a boundary rule that keeps
// platform libraries out of the core (only src/adapters/<platform>/ may import them).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', '.cache/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/adapters/discord/**', 'src/adapters/slack/**', 'src/main.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'discord.js', message: 'Only src/adapters/discord/ may import discord.js.' },
          { name: '@slack/bolt', message: 'Only src/adapters/slack/ may import @slack/bolt.' },
        ],
      }],
    },
  },
  {
    // The reply model is the house's innermost room: it may import only the shared text kit and itself.
    files: ['src/reply/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^\\.\\./(?!text/)', message: 'src/reply/ may import only src/text/ and itself.' }],
      }],
    },
  },
  {
    // Engines produce data; how it is shown is the reply model's business, never theirs.
    files: ['src/corpus/**/*.ts', 'src/search/**/*.ts', 'src/quotes/**/*.ts', 'src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/reply/**', '**/core/**', '**/adapters/**'], message: 'Engines import no reply, core or adapter file.' }],
      }],
    },
  },
);
