// Figures for the walking skeleton: build time, bundle sizes, server cold start.
// Run: node bench/skeleton.mjs   (after npm ci). Prints a small table; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const rows = [];
const record = (what, value) => rows.push([what, value]);

let started = Date.now();
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
if (build.status !== 0) throw new Error('wxt build failed');
record('wxt build (s)', ((Date.now() - started) / 1000).toFixed(1));

const out = '.output/chrome-mv3';
const size = (file) => {
  const bytes = readFileSync(file);
  return `${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip)`;
};
record('content script content-scripts/detector.js', size(join(out, 'content-scripts/detector.js')));
const chunks = readdirSync(join(out, 'chunks')).filter((f) => f.endsWith('.js'));
const panelJs = chunks.map((f) => join(out, 'chunks', f));
const panelBytes = panelJs.reduce((sum, f) => sum + statSync(f).size, 0);
const panelGzip = panelJs.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
record('panel JS chunks', `${(panelBytes / 1024).toFixed(1)} KB (${(panelGzip / 1024).toFixed(1)} KB gzip)`);
record('background.js', size(join(out, 'background.js')));

async function coldStart() {
  const dataDir = mkdtempSync(join(tmpdir(), 'laatu-bench-'));
  const port = 18000 + Math.floor(Math.random() * 1000);
  const begin = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), LAATU_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (c) => {
      text += c;
      if (text.includes('listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
  if (!res.ok) throw new Error('health failed');
  const ms = Date.now() - begin;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { ms, dataDir };
}
const first = await coldStart();
record('server cold start, first run incl. migrate + seed (ms)', first.ms);
const again = await coldStart();
record('server cold start, existing data folder (ms)', again.ms);
rmSync(first.dataDir, { recursive: true, force: true });
rmSync(again.dataDir, { recursive: true, force: true });

started = Date.now();
console.table(Object.fromEntries(rows));
