/**
 * Requirement sets: every Office.js member the add-in uses needs at most the requirement set
 * version manifest.xml declares (the `[Api set: …]` tags of @types/office-js and
 * @types/custom-functions-runtime, read with the TypeScript compiler API over src/). A member from a
 * newer set fails this test until the manifest (and the README's list of Excel versions) follows.
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */
import { readFileSync } from "fs";
import path from "path";
import { descendants, only, parseXml } from "../manifest/xml";
import { compareVersions, highestSets, officeMembersUsed } from "../support/requirementSets";
import type { MemberUse } from "../support/requirementSets";

const ROOT = path.resolve(__dirname, "../..");
/** Sets of other Office applications (an AddinCommands member tagged for Outlook, say). */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/;

function declaredSets(): Map<string, string> {
  const manifest = parseXml(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  const sets = descendants(only(manifest, "Requirements"), "Set");
  return new Map(sets.map((set) => [set.attributes.Name, set.attributes.MinVersion ?? "1.1"]));
}

let uses: MemberUse[] = [];

beforeAll(() => {
  uses = officeMembersUsed().filter((use) => !OTHER_HOSTS.test(use.set));
}, 120000);

test("the compiler API finds the Office.js members the code uses, with their sets", () => {
  const found = new Set(
    uses.map((use) => `${use.member.split(".").pop()} ${use.set} ${use.version}`)
  );
  // A few members the add-in cannot work without, as a check that the scan sees them.
  expect([...found]).toEqual(
    expect.arrayContaining([
      "getItemOrNullObject ExcelApi 1.4",
      "getRangeByIndexes ExcelApi 1.7",
      "parameterAddresses CustomFunctionsRuntime 1.3",
    ])
  );
});

test("no member needs a requirement set above what manifest.xml declares", () => {
  const declared = declaredSets();
  const tooNew = uses.filter((use) => {
    const version = declared.get(use.set);
    return version === undefined || compareVersions(use.version, version) > 0;
  });
  expect(tooNew.map((use) => `${use.at} ${use.member}: ${use.set} ${use.version}`)).toEqual([]);
});

test("the manifest declares exactly what is used (no set higher than needed)", () => {
  const highest = highestSets(uses);
  const declared = declaredSets();
  for (const [set, use] of highest) expect([set, declared.get(set)]).toEqual([set, use.version]);
});
