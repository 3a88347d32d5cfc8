// `npm start`: build the extension, then run the Laatu server with its demo desk.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('\nExtension built: load .output/chrome-mv3 in chrome://extensions (Developer mode → Load unpacked).\n');

const server = spawn('npx', ['tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
