/**
 * The large cross-check batch, outside Jest:
 *   npx tsx tests/reference/crosscheck.run.ts [from] [count] [simulations] [iterations]
 * checks `count` cases (scenarios, break-even, allocation) and §9 on the first `simulations` of
 * them (default 0) at `iterations` (default 5000); prints the discrepancy counts by kind, then
 * every discrepancy (seed, kind, detail). CROSSCHECK_FLAGS='{"capacity":true,"bass":true}' forces
 * model features (generateCase's flags: mix, capacity, accounts, bass).
 */
import { crossCheck, crossCheckSimulation, type Discrepancy } from "./crosscheck";
import { generateCase, type ModelFlags } from "./generate";

const from = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 2000);
const simulations = Number(process.argv[4] ?? 0);
const iterations = Number(process.argv[5] ?? 5000);
const flags = JSON.parse(process.env.CROSSCHECK_FLAGS ?? "{}") as Partial<ModelFlags>;
const all: Discrepancy[] = [];
const started = Date.now();
for (let seed = from; seed < from + count; seed++) {
  const c = generateCase(seed, flags);
  all.push(...crossCheck(c));
  if (seed < from + simulations) all.push(...crossCheckSimulation(c, iterations));
}
const byKind = new Map<string, number>();
for (const d of all) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
console.log(
  `${JSON.stringify(flags)} ${count} cases (seeds ${from}..${from + count - 1}) in ${(Date.now() - started) / 1000} s`
);
console.log(`${all.length} discrepancies`);
for (const [kind, n] of [...byKind].sort()) console.log(`  ${kind}: ${n}`);
for (const d of all) console.log(`seed ${d.seed} ${d.kind}: ${d.detail}`);
