// Fails when the JavaScript a first visit downloads (the entry chunk and every chunk it
// imports statically) exceeds the budget, gzipped. Lazy route chunks are not counted.
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const distUrl = new URL('../dist/', import.meta.url);
const manifestUrl = new URL('.vite/manifest.json', distUrl);

if (!existsSync(manifestUrl)) {
  console.error('dist/.vite/manifest.json not found: run `npm run build` first.');
  process.exit(1);
}

/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
if (entries.length === 0) {
  console.error('No entry chunk in the build manifest.');
  process.exit(1);
}

/** @type {Set<string>} */
const initial = new Set();
const stack = [...entries];
while (stack.length > 0) {
  const key = /** @type {string} */ (stack.pop());
  if (initial.has(key)) continue;
  initial.add(key);
  for (const imported of manifest[key]?.imports ?? []) stack.push(imported);
}

let total = 0;
const rows = [];
for (const key of initial) {
  const file = manifest[key]?.file;
  if (!file || !file.endsWith('.js')) continue;
  const gz = gzipSync(readFileSync(new URL(file, distUrl)), { level: 9 }).length;
  total += gz;
  rows.push([file, gz]);
}
rows.sort((a, b) => Number(b[1]) - Number(a[1]));

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
for (const [file, gz] of rows) console.log(`${kb(Number(gz)).padStart(10)}  ${file}`);
console.log(`initial JS: ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error('Initial JavaScript is over budget: split a route or drop a dependency.');
  process.exit(1);
}
