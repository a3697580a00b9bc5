// The tokenizer and the list helpers the recognisers stand on.
import { splitBullets, splitNumbered, stripMarker } from "../../src/core/import/lists";
import { tokenize, inspectText } from "../../src/core/import/lines";
import { cleanCell, keyOf, plain, EM_OPEN, EM_CLOSE } from "../../src/core/import/text";
import { buildPartners, joinParas, splitAgencyRole } from "../../src/core/import/fields";
import { nameSimilarity } from "../../src/core/import/similarity";

describe("cleanCell", () => {
  it("turns block tags into paragraphs and bold/underline into emphasis marks", () => {
    expect(cleanCell("<p><b><u>วิธีคำนวณ</u></b> ผล</p> <ol style=\"x\"><li>๑. ก</li><li>๒. ข</li></ol>")).toBe(`${EM_OPEN}วิธีคำนวณ${EM_CLOSE} ผล\n๑. ก\n๒. ข`);
  });
  it("decodes entities, collapses spaces, writes ํา as ำ and drops invisible characters", () => {
    expect(cleanCell("น\u0E49\u0E4D\u0E32หนัก&nbsp;&nbsp; ๑๐&#8203;&amp;\u200Bx")).toBe("น้ำหนัก ๑๐&x");
  });
  it("reads markdown bold as emphasis", () => {
    expect(cleanCell("**เงื่อนไข**")).toBe(`${EM_OPEN}เงื่อนไข${EM_CLOSE}`);
  });
  it("keeps a lone < that is no tag", () => {
    expect(plain(cleanCell("ร้อยละ < ๕"))).toBe("ร้อยละ < ๕");
  });
});

describe("keyOf", () => {
  it("fixes known garbles and uses Arabic digits, for matching only", () => {
    expect(keyOf("ชื่อตัวชีวิต ๑.๑")).toBe("ชื่อตัวชี้วัด 1.1");
    expect(keyOf("องค์กรประกอบที่ ๑.๒")).toBe("องค์ประกอบที่ 1.2");
  });
});

describe("tokenize", () => {
  it("numbers lines as the source does and tells table rows from separators", () => {
    const [a, b, c] = tokenize("ที่\tชื่อ\r\n--\t--\n\nx");
    expect([a?.no, a?.tabular, a?.filled, b?.blank, c?.blank]).toEqual([1, true, 2, true, true]);
  });
  it("finds empty and binary text", () => {
    expect(inspectText("  \n")).toEqual({ code: "EMPTY" });
    expect(inspectText("a\u0000b")).toEqual({ code: "BINARY" });
    expect(inspectText("ตัวชี้วัด")).toBeNull();
  });
});

describe("lists written inline", () => {
  it("splits only at the next number of the sequence", () => {
    const s = splitNumbered("๑. แผน ประจำปี ๒๕๖๗ ๒. รายงาน ๑๐๓ หน้า ๓. ภาพถ่าย");
    expect(s.items.map((i) => i.body)).toEqual(["แผน ประจำปี ๒๕๖๗", "รายงาน ๑๐๓ หน้า", "ภาพถ่าย"]);
  });
  it("continues a sequence from an earlier paragraph (a page break in an evidence list)", () => {
    const first = splitNumbered("๑. ก ๒. ข ๓. ค");
    const next = splitNumbered("๔. ง ๕. จ", first.last);
    expect(next.items.map((i) => i.body)).toEqual(["ง", "จ"]);
  });
  it("handles (๑), ๑) and ๑.๑ numbering", () => {
    expect(splitNumbered("(๑) ก (๒) ข").items.map((i) => i.body)).toEqual(["ก", "ข"]);
    expect(splitNumbered("๑) ก ๒) ข").items.map((i) => i.body)).toEqual(["ก", "ข"]);
    expect(splitNumbered("๑.๑ ก ๑.๒ ข ๒.๑ ค").items.map((i) => i.text)).toEqual(["๑.๑ ก", "๑.๒ ข ๒.๑ ค"]);
  });
  it("splits bullets but not a range between two numbers", () => {
    expect(splitBullets("- ก (พ.ศ. ๒๕๖๗ - ๒๕๖๙) - ข Real-Time")).toEqual(["ก (พ.ศ. ๒๕๖๗ - ๒๕๖๙)", "ข Real-Time"]);
    expect(stripMarker("๓. รายงาน")).toBe("รายงาน");
  });
});

describe("partners", () => {
  const para = (text: string) => ({ text, line: 1, cont: false });
  it("splits '๓.๑ <agency> <role>' items under a heading without an agency", () => {
    expect(splitAgencyRole("สำนักงบประมาณ กรุงเทพมหานคร โอนงบประมาณ")).toEqual({ agency: "สำนักงบประมาณ กรุงเทพมหานคร", role: "โอนงบประมาณ" });
    expect(splitAgencyRole("สำนักวัฒนธรรม กีฬา และการท่องเที่ยว จัดกิจกรรม")).toEqual({ agency: "สำนักวัฒนธรรม กีฬา และการท่องเที่ยว", role: "จัดกิจกรรม" });
    const out = buildPartners([para(`${EM_OPEN}๓. หน่วยงานสนับสนุน${EM_CLOSE}`), para("๓.๑ สำนักอนามัย ให้คำปรึกษา"), para("๓.๒ สำนักการโยธา ก่อสร้าง")]);
    expect(out).toEqual([
      { agency: "สำนักอนามัย", role: "ให้คำปรึกษา" },
      { agency: "สำนักการโยธา", role: "ก่อสร้าง" },
    ]);
  });
  it("takes the agency from '(…)' of a main/secondary agency heading and its numbered role lines", () => {
    const out = buildPartners([para(`${EM_OPEN}๑. หน่วยงานหลัก (สำนักพัฒนาสังคม)${EM_CLOSE} ๑.๑ ก ๑.๒ ข`), para("๑.๓ ค")]);
    expect(out).toEqual([{ agency: "สำนักพัฒนาสังคม", role: "๑.๑ ก\n๑.๒ ข\n๑.๓ ค" }]);
  });
});

describe("joinParas", () => {
  it("joins a paragraph cut by a page break with a space, a new item with a line break", () => {
    expect(joinParas([{ text: "ก", line: 1, cont: false }, { text: "ข", line: 2, cont: true }, { text: "๒. ค", line: 2, cont: true }])).toBe("ก ข\n๒. ค");
  });
});

describe("nameSimilarity", () => {
  it("scores the same KPI worded differently above different KPIs", () => {
    const a = "ร้อยละความสำเร็จของหลักสูตรฝึกอาชีพที่พัฒนาร่วมกับผู้ประกอบการตอบโจทย์ตลาดงาน";
    expect(nameSimilarity(a, "ร้อยละความสำเร็จของหลักสูตรฝึกอาชีพที่พัฒนาร่วมกับผู้ประกอบการต่อบริษัทตลาดงาน")).toBeGreaterThan(0.8);
    expect(nameSimilarity(a, "ระดับความสำเร็จของการส่งเสริมเพื่อพัฒนาย่านสร้างสรรค์")).toBeLessThan(0.45);
  });
});
