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
);
