// Sums the vitest JSON reports given as arguments into one line: "N passed, N failed".
// A report that is missing (its step never ran) counts as nothing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites && !report.numTotalTests ? report.numFailedTestSuites : 0);
}
console.log(`${passed} passed, ${failed} failed`);
