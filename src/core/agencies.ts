// The BMA agencies a plan can belong to (the task pane's agency field, kpi template --agency): the bureaus
// (สำนัก) and offices with the abbreviations the source forms use (seeds/, DOMAIN.md §6), and the 50
// district offices. Free text stays allowed: an agency missing here is typed in full.
export type AgencyKind = "bureau" | "district";

export interface Agency {
  /** The name as the forms write it: "สำนักการระบายน้ำ", "สำนักงานเขตพระนคร". */
  name: string;
  abbr?: string;
  en: string;
  kind: AgencyKind;
}

const bureau = (name: string, en: string, abbr?: string): Agency => (abbr ? { name, abbr, en, kind: "bureau" } : { name, en, kind: "bureau" });

export const BUREAUS: readonly Agency[] = [
  bureau("สำนักยุทธศาสตร์และประเมินผล", "Strategy and Evaluation Department", "สยป."),
  bureau("สำนักพัฒนาสังคม", "Social Development Department", "สพส."),
  bureau("สำนักการศึกษา", "Education Department", "สนศ."),
  bureau("สำนักวัฒนธรรม กีฬาและการท่องเที่ยว", "Culture, Sports and Tourism Department", "สวท."),
  bureau("สำนักสิ่งแวดล้อม", "Environment Department", "สสส."),
  bureau("สำนักการระบายน้ำ", "Drainage and Sewerage Department", "สนน."),
  bureau("สำนักการโยธา", "Public Works Department", "สนย."),
  bureau("สำนักการจราจรและขนส่ง", "Traffic and Transportation Department", "สจส."),
  bureau("สำนักอนามัย", "Health Department", "สนอ."),
  bureau("สำนักการแพทย์", "Medical Service Department", "สนพ."),
  bureau("สำนักป้องกันและบรรเทาสาธารณภัย", "Fire and Rescue Department", "สปภ."),
  bureau("สำนักเทศกิจ", "City Law Enforcement Department", "สนท."),
  bureau("สำนักการคลัง", "Finance Department", "สนค."),
  bureau("สำนักการวางผังและพัฒนาเมือง", "City Planning and Urban Development Department", "สวพ."),
  bureau("สำนักงบประมาณกรุงเทพมหานคร", "Budget Department"),
  bureau("สำนักงานการต่างประเทศ", "International Affairs Office", "สกต."),
  bureau("สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร", "Bangkok Civil Service Commission Office", "สำนักงาน ก.ก."),
  bureau("สำนักปลัดกรุงเทพมหานคร", "Office of the Permanent Secretary"),
  bureau("สำนักงานเลขานุการปลัดกรุงเทพมหานคร", "Office of the Permanent Secretary's Secretary", "สลป."),
  bureau("สำนักงานเลขานุการผู้ว่าราชการกรุงเทพมหานคร", "Office of the Governor's Secretary"),
  bureau("สำนักงานเลขานุการสภากรุงเทพมหานคร", "Bangkok Metropolitan Council Secretariat", "สลส."),
  bureau("สำนักงานประชาสัมพันธ์", "Public Relations Office", "สปส."),
];

/** The 50 districts in the order of their district codes (01 Phra Nakhon … 50 Bang Bon). */
const DISTRICTS: readonly (readonly [string, string])[] = [
  ["พระนคร", "Phra Nakhon"],
  ["ดุสิต", "Dusit"],
  ["หนองจอก", "Nong Chok"],
  ["บางรัก", "Bang Rak"],
  ["บางเขน", "Bang Khen"],
  ["บางกะปิ", "Bang Kapi"],
  ["ปทุมวัน", "Pathum Wan"],
  ["ป้อมปราบศัตรูพ่าย", "Pom Prap Sattru Phai"],
  ["พระโขนง", "Phra Khanong"],
  ["มีนบุรี", "Min Buri"],
  ["ลาดกระบัง", "Lat Krabang"],
  ["ยานนาวา", "Yan Nawa"],
  ["สัมพันธวงศ์", "Samphanthawong"],
  ["พญาไท", "Phaya Thai"],
  ["ธนบุรี", "Thon Buri"],
  ["บางกอกใหญ่", "Bangkok Yai"],
  ["ห้วยขวาง", "Huai Khwang"],
  ["คลองสาน", "Khlong San"],
  ["ตลิ่งชัน", "Taling Chan"],
  ["บางกอกน้อย", "Bangkok Noi"],
  ["บางขุนเทียน", "Bang Khun Thian"],
  ["ภาษีเจริญ", "Phasi Charoen"],
  ["หนองแขม", "Nong Khaem"],
  ["ราษฎร์บูรณะ", "Rat Burana"],
  ["บางพลัด", "Bang Phlat"],
  ["ดินแดง", "Din Daeng"],
  ["บึงกุ่ม", "Bueng Kum"],
  ["สาทร", "Sathon"],
  ["บางซื่อ", "Bang Sue"],
  ["จตุจักร", "Chatuchak"],
  ["บางคอแหลม", "Bang Kho Laem"],
  ["ประเวศ", "Prawet"],
  ["คลองเตย", "Khlong Toei"],
  ["สวนหลวง", "Suan Luang"],
  ["จอมทอง", "Chom Thong"],
  ["ดอนเมือง", "Don Mueang"],
  ["ราชเทวี", "Ratchathewi"],
  ["ลาดพร้าว", "Lat Phrao"],
  ["วัฒนา", "Watthana"],
  ["บางแค", "Bang Khae"],
  ["หลักสี่", "Lak Si"],
  ["สายไหม", "Sai Mai"],
  ["คันนายาว", "Khan Na Yao"],
  ["สะพานสูง", "Saphan Sung"],
  ["วังทองหลาง", "Wang Thonglang"],
  ["คลองสามวา", "Khlong Sam Wa"],
  ["บางนา", "Bang Na"],
  ["ทวีวัฒนา", "Thawi Watthana"],
  ["ทุ่งครุ", "Thung Khru"],
  ["บางบอน", "Bang Bon"],
];

export const DISTRICT_OFFICES: readonly Agency[] = DISTRICTS.map(([th, en]) => ({
  name: `สำนักงานเขต${th}`,
  en: `${en} District Office`,
  kind: "district",
}));

export const AGENCIES: readonly Agency[] = [...BUREAUS, ...DISTRICT_OFFICES];

/** Agencies of a kind first, then the others (a bureau may use a district framework and back). */
export function agenciesFor(kind: AgencyKind): Agency[] {
  return [...AGENCIES.filter((a) => a.kind === kind), ...AGENCIES.filter((a) => a.kind !== kind)];
}

const squash = (s: string): string => s.replace(/\s+/g, "").replace(/\.$/, "").toLowerCase();

/**
 * What was typed, as the agency's name: an abbreviation ("สนน." or "สนน"), an English name or a
 * district's short name ("เขตบางรัก", "บางรัก") becomes the full Thai name; anything else is kept
 * as typed (trimmed).
 */
export function resolveAgency(typed: string): string {
  const t = typed.trim();
  if (t === "") return "";
  const key = squash(t);
  const hit = AGENCIES.find(
    (a) =>
      squash(a.name) === key ||
      (a.abbr !== undefined && squash(a.abbr) === key) ||
      squash(a.en) === key ||
      (a.kind === "district" && (squash(a.name.replace("สำนักงานเขต", "")) === key || squash(a.name.replace("สำนักงาน", "")) === key)),
  );
  return hit ? hit.name : t;
}

/** The agency a name or abbreviation stands for (see resolveAgency), or undefined. */
export function findAgency(typed: string): Agency | undefined {
  const name = resolveAgency(typed);
  return AGENCIES.find((a) => a.name === name);
}

/**
 * Words the memos write for several agencies at once where one is expected (a supporting KPI's
 * responsible agencies, seed 004): สนข. the district offices, ทุกหน่วยงาน every agency,
 * หน่วยงานที่เกี่ยวข้อง the agencies the focus issue names as related.
 */
export const AGENCY_GROUPS = {
  districts: { token: "สนข.", th: "สำนักงานเขต ๕๐ เขต", en: "the 50 district offices" },
  all: { token: "ทุกหน่วยงาน", th: "ทุกหน่วยงาน", en: "every agency" },
  related: { token: "หน่วยงานที่เกี่ยวข้อง", th: "หน่วยงานที่เกี่ยวข้อง", en: "the agencies concerned" },
} as const;
export type AgencyGroup = keyof typeof AGENCY_GROUPS;

/** The group a token names ("สนข", "สนข.", "ทุกหน่วยงาน"), or null. */
export function agencyGroup(typed: string): AgencyGroup | null {
  const key = squash(typed);
  for (const [id, g] of Object.entries(AGENCY_GROUPS)) if (squash(g.token) === key) return id as AgencyGroup;
  return null;
}
