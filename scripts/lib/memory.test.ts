import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupOf, sampleOf, statusBytes } from './memory.ts';

test('reads VmRSS and VmHWM from /proc/<pid>/status in bytes', () => {
  const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
  assert.equal(statusBytes(status, 'VmRSS'), 100 * 2 ** 20);
  assert.equal(statusBytes(status, 'VmHWM'), 200 * 2 ** 20);
  assert.equal(statusBytes('Name:\tkthreadd\n', 'VmRSS'), 0);
});

test('reads the process group from /proc/<pid>/stat, whatever the name holds', () => {
  assert.equal(groupOf('4242 (node) S 1 4240 4240 0 -1'), 4240);
  assert.equal(groupOf('4243 (a) b (c)) R 4242 4241 4200 0 -1'), 4241);
});

test('a sample sums the group, and measures the indexer (Pagefind) and the rest apart, each by its peak too', () => {
  const node = 'Name:\tnode\nVmHWM:\t  300 kB\nVmRSS:\t  200 kB\n';
  const worker = 'Name:\tnode\nVmHWM:\t  50 kB\nVmRSS:\t  40 kB\n';
  const pagefind = 'Name:\tpagefind_extend\nVmHWM:\t  900 kB\nVmRSS:\t  100 kB\n';
  assert.deepEqual(sampleOf([node, worker, pagefind]), { all: 900 * 1024, indexer: 900 * 1024, rest: 300 * 1024 });
  assert.deepEqual(sampleOf([node, worker]), { all: 300 * 1024, indexer: 0, rest: 300 * 1024 });
  assert.deepEqual(sampleOf([]), { all: 0, indexer: 0, rest: 0 });
});
