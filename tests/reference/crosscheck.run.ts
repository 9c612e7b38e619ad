/**
 * The large cross-check batch, outside Jest:
 *   npx tsx tests/reference/crosscheck.run.ts [from] [count]
 * prints the discrepancy counts by kind, then every discrepancy (seed, kind, detail).
 */
import { crossCheck, type Discrepancy } from "./crosscheck";
import { generateCase } from "./generate";

const from = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 2000);
const all: Discrepancy[] = [];
const started = Date.now();
for (let seed = from; seed < from + count; seed++) all.push(...crossCheck(generateCase(seed)));
const byKind = new Map<string, number>();
for (const d of all) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
console.log(`${count} cases (seeds ${from}..${from + count - 1}) in ${(Date.now() - started) / 1000} s`);
console.log(`${all.length} discrepancies`);
for (const [kind, n] of [...byKind].sort()) console.log(`  ${kind}: ${n}`);
for (const d of all) console.log(`seed ${d.seed} ${d.kind}: ${d.detail}`);
