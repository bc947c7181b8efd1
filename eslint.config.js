// Lint: typescript-eslint's recommended rules plus the layer arrows of STYLE.md.
import tseslint from 'typescript-eslint';

const layer = (files, banned, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'var', 'web/**/dist', 'test-artifacts', 'coverage'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['src/domain/**'],
    [
      '**/understanding/**',
      '**/engine/**',
      '**/store/**',
      '**/server/**',
      '**/cli/**',
      '**/realtime/**',
    ],
    'domain imports nothing of ours',
  ),
  layer(
    ['src/understanding/**'],
    ['**/engine/**', '**/store/**', '**/server/**', '**/cli/**', '**/realtime/**'],
    'understanding only imports domain',
  ),
  layer(
    ['src/engine/**'],
    ['**/store/**', '**/server/**', '**/cli/**', 'better-sqlite3', 'pg', 'ioredis', 'kysely'],
    'engine uses ports, never a driver',
  ),
);
