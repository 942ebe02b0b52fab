// The first view's weight, compressed: every file in dist/ that the home page loads (HTML, JS, CSS, the map's
// TopoJSON) gzipped at level 9, plus the first API answers (/api/editions, /api/framework, /api/rankings/{latest})
// from a running `gpsi serve` when --api URL is given (default: none). Prints a table and the total; exits 1 when
// the total is over the 300 KB budget.
//   node scripts/size.mjs [--api http://127.0.0.1:5000]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const BUDGET = 300 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const apiIndex = process.argv.indexOf('--api');
const api = apiIndex > 0 ? process.argv[apiIndex + 1] : null;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (!/\.(br|gz)$/.test(name)) yield path;
  }
}

const rows = [];
for (const path of files(dist)) {
  const raw = readFileSync(path);
  rows.push({ name: relative(dist, path), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, br: brotliCompressSync(raw).length });
}
if (api) {
  const editions = await (await fetch(`${api}/api/editions`)).json();
  const latest = Math.max(...editions.map((e) => e.year));
  for (const path of ['editions', `framework?year=${latest}`, `rankings/${latest}`]) {
    const response = await fetch(`${api}/api/${path}`);
    const raw = Buffer.from(await response.arrayBuffer());
    rows.push({ name: `/api/${path} (${response.status})`, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, br: brotliCompressSync(raw).length });
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.name.length));
for (const r of rows) console.log(`${r.name.padEnd(width)}  raw ${kb(r.raw).padStart(9)}  gzip ${kb(r.gzip).padStart(8)}  br ${kb(r.br).padStart(8)}`);
const total = rows.reduce((s, r) => s + r.gzip, 0);
const totalBr = rows.reduce((s, r) => s + r.br, 0);
console.log(`first view: ${kb(total)} gzip, ${kb(totalBr)} brotli (budget ${kb(BUDGET)})${api ? '' : ' — API answers not included (pass --api URL)'}`);
process.exit(total > BUDGET ? 1 : 0);
