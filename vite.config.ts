import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Two artifacts from one codebase:
//  - default mode: dist/ for any static server (module worker, OPFS available);
//  - `--mode single`: one self-contained HTML file for file:// on air-gapped laptops.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [svelte()],
  worker: { format: mode === 'single' ? 'iife' : 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
