// Finds the Chromium that tests, screenshots and benchmarks drive. Order: $CHROME_PATH, Debian's
// /usr/bin/chromium, then chromium-browser / google-chrome on PATH. As root on Debian/Ubuntu a missing
// Chromium is installed with apt-get; otherwise we stop with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags every launch needs here: root needs --no-sandbox; WebGL via SwiftShader without a GPU. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return onPath('chromium') ?? onPath('chromium-browser') ?? onPath('google-chrome');
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && Boolean(onPath('apt-get'));
}

/** Returns a Chromium path, installing Debian's package when that is possible and allowed. */
export function ensureChromium({ log = console.log } = {}) {
  const found = findChromium();
  if (found) return found;
  const command = 'apt-get install -y chromium fonts-liberation';
  if (process.getuid?.() === 0 && isDebianLike()) {
    log(`No Chromium found; installing Debian's package: apt-get update && ${command}`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) return installed;
  }
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  throw new Error(
    `No Chromium found. Install one and run again:\n  ${sudo}apt-get update && ${sudo}${command}\n` +
      `or point CHROME_PATH at a Chromium or Chrome binary.`,
  );
}
