import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { singleFilePlugin } from './build/single-file-plugin.js';
import { reportValidatorPlugin } from './build/validator-plugin.js';

const viewerDir = dirname(fileURLToPath(import.meta.url));

/** Builds the viewer into one self-contained dist/viewer/index.html that report.html is made from. */
export default defineConfig({
  root: viewerDir,
  base: './',
  plugins: [reportValidatorPlugin(), singleFilePlugin()],
  build: {
    outDir: resolve(viewerDir, '../dist/viewer'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
