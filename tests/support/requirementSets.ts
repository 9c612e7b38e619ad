/**
 * Which Office.js requirement sets the add-in's code needs: every member of the Office, Excel and
 * CustomFunctions APIs used in src/ (found with the TypeScript compiler API) and its
 * `[Api set: ExcelApi 1.x]` tag in @types/office-js (or @types/custom-functions-runtime).
 * Requirement sets: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */
import path from "path";
import ts from "typescript";

export interface MemberUse {
  member: string;
  set: string;
  version: string;
  /** `src/excel/readInputs.ts:12`. */
  at: string;
}

const ROOT = path.resolve(__dirname, "../..");
const TYPE_FILES = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]index\.d\.ts$/;
/** Code that only runs outside Office (the preview page's stand-in) is not held to the manifest. */
const NOT_IN_OFFICE = /[\\/]src[\\/]preview[\\/]/;
const TAG = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)\s*\]/g;

export function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

function tagsOf(declaration: ts.Declaration): { set: string; version: string }[] {
  const file = declaration.getSourceFile();
  if (!TYPE_FILES.test(file.fileName)) return [];
  const comment = file.text.slice(declaration.getFullStart(), declaration.getStart());
  return [...comment.matchAll(TAG)].map((m) => ({ set: m[1], version: m[2] }));
}

/** The declarations a use resolves to: the called overload for a call, else every declaration. */
function declarationsOf(
  checker: ts.TypeChecker,
  node: ts.PropertyAccessExpression
): ts.Declaration[] {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) {
    const declaration = checker.getResolvedSignature(parent)?.declaration;
    if (declaration !== undefined && !ts.isJSDocSignature(declaration)) return [declaration];
  }
  return checker.getSymbolAtLocation(node.name)?.declarations ?? [];
}

/** Every tagged Office.js member the code in src/ uses, with its set and version. */
export function officeMembersUsed(): MemberUse[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter(
    (f) => f.includes(`${path.sep}src${path.sep}`) || f.includes("/src/")
  );
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  for (const file of program.getSourceFiles()) {
    if (!files.includes(file.fileName) || NOT_IN_OFFICE.test(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        for (const declaration of declarationsOf(checker, node)) {
          for (const { set, version } of tagsOf(declaration)) {
            const { line } = file.getLineAndCharacterOfPosition(node.name.getStart());
            uses.push({
              member: node.getText(file).replace(/\s+/g, ""),
              set,
              version,
              at: `${path.relative(ROOT, file.fileName)}:${line + 1}`,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The highest version of each set the code needs. */
export function highestSets(uses: readonly MemberUse[]): Map<string, MemberUse> {
  const highest = new Map<string, MemberUse>();
  for (const use of uses) {
    const known = highest.get(use.set);
    if (known === undefined || compareVersions(use.version, known.version) > 0)
      highest.set(use.set, use);
  }
  return highest;
}
