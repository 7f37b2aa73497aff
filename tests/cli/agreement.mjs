// `spanmark agree --format json` on each fixture of tests/data/agreement
// against the figures that scikit-learn, statsmodels and the npm package
// krippendorff computed for it (make_fixtures.py), to 1e-6.
//   node tests/cli/agreement.mjs SPANMARK FIXTURES
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [cli, root] = process.argv.slice(2);
let checked = 0, failed = 0;
for (const name of readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory()).sort()) {
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
  const files = expected.annotators.map((a) => join(root, name, `${a}.jsonl`));
  const got = JSON.parse(execFileSync(cli, ['agree', ...files, '--format', 'json'], { encoding: 'utf8' }));
  const compare = (where, want, have) => {
    for (const key of ['kappa', 'fleiss_kappa', 'alpha']) {
      checked++;
      const w = want[key], h = have ? have[key] : undefined;
      const ok = w === null ? h === null : typeof h === 'number' && Math.abs(w - h) <= 1e-6;
      if (!ok) {
        failed++;
        console.log(`FAIL ${name} ${where} ${key}: expected ${w}, spanmark says ${h}`);
      }
    }
  };
  compare('overall', expected.overall, got.overall);
  for (const [label, want] of Object.entries(expected.labels)) compare(label, want, got.labels[label]);
  if (Object.keys(got.labels).sort().join() !== Object.keys(expected.labels).sort().join()) {
    failed++;
    console.log(`FAIL ${name}: labels ${Object.keys(got.labels)} instead of ${Object.keys(expected.labels)}`);
  }
}
console.log(`agreement fixtures: ${checked - failed} of ${checked} figures within 1e-6`);
process.exit(failed || !checked ? 1 : 0);
