// Bundles src/ into dist/ (main.js, main.css, the images Leaflet's CSS names, index.html);
// crates/web embeds dist/ into the binary. Licence comments of the bundled packages are
// kept at the end of the bundle.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await mkdir('dist');
await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: 'dist',
  loader: { '.png': 'file' },
  assetNames: '[name]-[hash]',
  legalComments: 'eof',
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
