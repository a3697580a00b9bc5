// Workbook-scoped LAMBDA names KPISCORE and KPIPOINTS: the portable twins of =KPI.SCORE() and
// =KPI.POINTS(). They travel inside every workbook made from our templates, so a recipient without
// the add-in (Microsoft 365, Excel 2024, Excel on the web) still gets scores. Excel 2021 and older
// show #NAME?.
//
// Their arithmetic is the scoring rule as written once in scoreFormula.ts (the template's own
// score cells use the same terms). The bodies use only functions that both Excel and HyperFormula
// implement (IF, INDEX, MIN, MAX, ROWS, COLUMNS, COUNT, SUMPRODUCT, LEN, SIGN, AND, ISNUMBER) plus
// Excel's ISOMITTED for an argument left out; test/functions/lambdas.test.ts evaluates the bodies
// in HyperFormula against the core over thousands of random cases.
//
// Differences from the add-in functions, by design: text is never read as a number here (Thai
// digits need the add-in), a numeric result worse than c1 earns 0 (the frameworks' floor), and
// every bad input gives a bare #VALUE! without a message.
import type { Bilingual } from "../core/schema/common";
import { checkLadder, DEFAULT_LADDER, type Ladder } from "../core/scoring/ladder";
import { numberText, scoringTerms } from "./scoreFormula";

export type WorkbookLambdaName = "KPISCORE" | "KPIPOINTS";

export interface WorkbookLambda {
  /** The workbook name: `workbook.names.add(name, formula, comment)` (ExcelApi 1.4). */
  name: WorkbookLambdaName;
  /** Parameter names in call order. */
  params: readonly string[];
  /** Parameters that may be left out (written `[ladder]` in the LAMBDA, tested with ISOMITTED). */
  optional: readonly string[];
  /** The calculation, in terms of the parameter names. */
  body: string;
  /** `=LAMBDA(result,criteria,weight,[ladder],body)`: the text to store under `name`. */
  formula: string;
  /** Name Manager comment, Thai then English (Excel allows 255 characters). */
  comment: string;
  /** Parameter order and meaning, for README and the task pane. */
  usage: Bilingual;
}

export interface WorkbookLambdaOptions {
  /** The ladder used when the call leaves `ladder` out: the workbook's framework ladder. */
  ladder?: Ladder;
}

const VALUE_ERROR = "#VALUE!";

/** Element k (1…5) of a 1×5 or 5×1 range or array; the two-index form works in both engines. */
const at = (range: string, k: number): string => `INDEX(${range},MIN(${k},ROWS(${range})),MIN(${k},COLUMNS(${range})))`;

/** A five-cell range or array: 5 is prime, so rows × columns = 5 means 1×5 or 5×1. */
const isFive = (range: string): string => `ROWS(${range})*COLUMNS(${range})=5`;

/** Nested IF chain: the first failing test gives #VALUE!, else `then`. */
function guard(tests: readonly string[], then: string): string {
  return tests.reduceRight((inner, bad) => `IF(${bad},${VALUE_ERROR},${inner})`, then);
}

function parts(defaultLadder: Ladder) {
  const c = (k: number): string => at("criteria", k);
  const given = (k: number): string => at("ladder", k);
  const terms = scoringTerms({
    result: "result",
    criterion: c,
    ladder: (k) => `IF(ISOMITTED(ladder),${numberText(defaultLadder[k - 1] as number)},${given(k)})`,
    floor: "0",
  });

  const blankResult = `result=""`;
  const notNumber = `NOT(ISNUMBER(result))`;
  const milestone = `IF(ISOMITTED(criteria),1,SUMPRODUCT(LEN(criteria))=0)`;
  const badCriteria = `IF(${isFive("criteria")},IF(COUNT(criteria)=5,${terms.disordered},1),1)`;
  const badLadder =
    `IF(ISOMITTED(ladder),0,IF(${isFive("ladder")},IF(COUNT(ladder)=5,` +
    `NOT(AND(${given(1)}>=0,${given(2)}>${given(1)},${given(3)}>${given(2)},${given(4)}>${given(3)},${given(5)}>${given(4)})),1),1))`;
  const badWeight = `IF(ISNUMBER(weight),weight<0,1)`;

  return { ...terms, blankResult, notNumber, milestone, badCriteria, badLadder, badWeight };
}

function lambda(
  name: WorkbookLambdaName,
  params: readonly string[],
  optional: readonly string[],
  body: string,
  comment: string,
  usage: Bilingual,
): WorkbookLambda {
  const head = params.map((p) => (optional.includes(p) ? `[${p}]` : p)).join(",");
  return { name, params, optional, body, formula: `=LAMBDA(${head},${body})`, comment, usage };
}

/**
 * The LAMBDA names for one workbook. `ladder` is baked in as the default for calls that leave the
 * ladder out: pass the workbook's framework ladder (FY2565–66: 60…100; FY2567: 20…100).
 */
export function buildWorkbookLambdas(options: WorkbookLambdaOptions = {}): readonly WorkbookLambda[] {
  const ladder = options.ladder ?? DEFAULT_LADDER;
  const check = checkLadder(ladder);
  if (!check.ok) throw new Error(`buildWorkbookLambdas: ${check.problem.en}`);
  const p = parts(check.ladder);

  const scoreBody = `IF(${p.blankResult},"",${guard(
    [p.notNumber, p.badWeight, p.badLadder],
    `IF(${p.milestone},(${p.milestoneShare})/100*weight,${guard([p.badCriteria], `(${p.numericShare})/100*weight`)})`,
  )})`;
  const pointsBody = `IF(${p.blankResult},"",${guard(
    [p.notNumber],
    `IF(${p.milestone},${p.milestonePoints},${guard([p.badCriteria], p.numericPoints)})`,
  )})`;

  const ladderText = check.ladder.join("/");
  return [
    lambda(
      "KPISCORE",
      ["result", "criteria", "weight", "ladder"],
      ["ladder"],
      scoreBody,
      `คะแนนถ่วงน้ำหนักของตัวชี้วัด (ผล, เกณฑ์ ๕ ค่า, น้ำหนัก, [ขั้นร้อยละ]) / KPI weighted score (result, 5 criteria, weight, [ladder ${ladderText}])`,
      {
        th:
          `=KPISCORE(ผล, เกณฑ์, น้ำหนัก, [ขั้นร้อยละ]) — เกณฑ์เป็นช่วง ๑×๕ หรือ ๕×๑; เว้นว่างหรือไม่ใส่เกณฑ์ = ตัวชี้วัดระดับความสำเร็จ ` +
          `(ผลคือระดับที่ทำได้); ไม่ใส่ขั้นร้อยละ = ${ladderText}; ผลว่างได้ค่าว่าง; ข้อมูลผิดได้ #VALUE!`,
        en:
          `=KPISCORE(result, criteria, weight, [ladder]) — criteria is a 1×5 or 5×1 range; blank or left-out criteria = ` +
          `milestone KPI (the result is the level reached); ladder left out = ${ladderText}; blank result gives blank; bad input gives #VALUE!`,
      },
    ),
    lambda(
      "KPIPOINTS",
      ["result", "criteria"],
      [],
      pointsBody,
      "คะแนน ๐–๕ ของตัวชี้วัด (ผล, เกณฑ์ ๕ ค่า) / KPI points 0–5 (result, 5 criteria)",
      {
        th: "=KPIPOINTS(ผล, เกณฑ์) — คะแนน ๐–๕ เทียบบัญญัติไตรยางศ์ระหว่างเกณฑ์; เกณฑ์ว่าง = ระดับความสำเร็จ ๐–๕; ข้อมูลผิดได้ #VALUE!",
        en: "=KPIPOINTS(result, criteria) — points 0–5, interpolated between criteria; blank criteria = milestone level 0–5; bad input gives #VALUE!",
      },
    ),
  ];
}

/** The names with the default ladder 20…100. Workbooks of a framework use buildWorkbookLambdas({ ladder }). */
export const WORKBOOK_LAMBDAS: readonly WorkbookLambda[] = buildWorkbookLambdas();

/**
 * A call of one of the names, for formulas written into a sheet:
 * `lambdaCall("KPISCORE", "E5", "F5:J5", "D5")` → `=KPISCORE(E5,F5:J5,D5)`.
 */
export function lambdaCall(name: WorkbookLambdaName, ...args: string[]): string {
  return `=${name}(${args.join(",")})`;
}
