/**
 * The browser every tool launches: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own; with the flags that keep it from
 * reaching the network on its own (updates, sync, first-run pages).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
