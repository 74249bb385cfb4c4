import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
const port = 9444;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run', `--remote-debugging-port=${port}`] });
for (const url of process.argv.slice(2)) {
const r = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
const a = r.lhr.audits;
console.log(url, 'perf', r.lhr.categories.performance.score, 'LCP', Math.round(a['largest-contentful-paint'].numericValue), 'FCP', Math.round(a['first-contentful-paint'].numericValue), 'SI', Math.round(a['speed-index'].numericValue), 'TBT', a['total-blocking-time'].numericValue, 'CLS', a['cumulative-layout-shift'].numericValue);
if (process.env.V) for (const k of ['render-blocking-insight','lcp-breakdown-insight']) if (a[k]) console.log(' ', k, JSON.stringify(a[k].details ?? a[k].displayValue).slice(0, 800));
}
await browser.close();
