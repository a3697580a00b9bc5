// The Check before sending screen's words, Thai and English. Apart from strings.ts so that they travel in that
// screen's chunk (fetched when the user goes to it), not in the pane's start-up JavaScript; the
// screen's hook merges them into the catalogue. The English table is typed from the Thai one.
import type { Lang } from "./strings";

const th = {
  sendHeading: "ตรวจก่อนส่ง",
  sendIntro:
    "ตรวจทั้งแผนอีกครั้ง รวมทั้งเซลล์ที่วางข้อมูลทับกฎตรวจข้อมูลของ Excel ถ้าไม่มีข้อผิดพลาด จะประทับตราตรวจสอบ (รหัส SHA-256 ของแผนและกรอบการประเมินที่เก็บในสมุดงาน) ลงในสมุดงาน สำนักงานกลางตรวจได้ว่าไฟล์ไม่ถูกแก้ไขหลังตรวจ",
  sealButton: "ตรวจและประทับตรา",
  sealing: "กำลังตรวจและประทับตรา…",
  sealErrors: (n: number) => `พบข้อผิดพลาด ${n} รายการ: แก้ไขก่อนส่ง (เปิดรายการให้แล้ว)`,
  sealedTitle: "ประทับตราแล้ว พร้อมส่ง",
  sealedAt: (time: string) => `ตรวจและประทับตราเมื่อ ${time}`,
  sealBroken: "แผนถูกแก้ไขหลังประทับตรา: ตราไม่ตรงแล้ว ต้องตรวจและประทับตราใหม่ก่อนส่ง",
  sealExisting: (time: string) => `สมุดงานนี้มีตราตรวจสอบเมื่อ ${time}`,
  sealOld: "ตราตรวจสอบนี้เป็นรุ่นเก่าที่ครอบคลุมเฉพาะแผน ไม่ครอบคลุมกรอบการประเมินที่เก็บในสมุดงาน: ตรวจและประทับตราใหม่ก่อนส่ง",
  digestLabel: "รหัสตรวจสอบ (SHA-256)",
  howToSend: "วิธีส่ง",
  stepSave: "บันทึกไฟล์ (Ctrl+S) ตราใช้ได้ตราบที่แผนไม่ถูกแก้ไข",
  stepShare: "ส่งไฟล์: ใช้ปุ่ม แชร์ (Share) ของ Excel หรือแนบไฟล์ที่บันทึกไว้กับอีเมล",
  stepTo: "ส่งถึงสำนักยุทธศาสตร์และประเมินผล (สยป.) ที่อยู่อีเมลตามหนังสือเวียน:",
  recipientLabel: "อีเมลของสำนักงานกลาง",
  recipientPlaceholder: "ตามหนังสือเวียนของ สยป.",
  stepSubject: "หัวเรื่องที่แนะนำ:",
  subjectLabel: "หัวเรื่องอีเมล",
  copy: "คัดลอก",
  copySubject: "คัดลอกหัวเรื่อง",
  copied: "คัดลอกแล้ว",
  copyFailed: "คัดลอกไม่ได้: เลือกข้อความแล้วกด Ctrl+C",
  noMailto: "บานหน้าต่างนี้เปิดโปรแกรมอีเมลให้ไม่ได้ (Office ไม่อนุญาตลิงก์ mailto: จาก Add-in)",
};

export type SendStrings = typeof th;

const en: SendStrings = {
  sendHeading: "Check before sending",
  sendIntro:
    "Checks the whole plan again, including cells pasted past Excel's data validation. Without errors it seals the workbook with the SHA-256 fingerprint of the plan and the framework stored in it, so that the central office can tell the file was not changed after the check.",
  sealButton: "Check and seal",
  sealing: "Checking and sealing…",
  sealErrors: (n) => `${n} error${n === 1 ? "" : "s"}: fix them before sending (the list is open)`,
  sealedTitle: "Sealed and ready to send",
  sealedAt: (time) => `Checked and sealed on ${time}`,
  sealBroken: "The plan was changed after sealing: the seal no longer matches. Check and seal again before sending.",
  sealExisting: (time) => `This workbook carries a seal from ${time}`,
  sealOld: "This seal is of an older kind that covers the plan only, not the framework stored in the workbook: check and seal again before sending.",
  digestLabel: "Fingerprint (SHA-256)",
  howToSend: "How to send it",
  stepSave: "Save the file (Ctrl+S). The seal holds as long as the plan is not edited.",
  stepShare: "Send the file: use Excel's Share button, or attach the saved file to an email.",
  stepTo: "Send it to the Strategy and Evaluation Department (สยป.), at the address in its circular:",
  recipientLabel: "Central office address",
  recipientPlaceholder: "as given in the สยป. circular",
  stepSubject: "Suggested subject line:",
  subjectLabel: "Email subject",
  copy: "Copy",
  copySubject: "Copy the subject",
  copied: "Copied",
  copyFailed: "Could not copy: select the text and press Ctrl+C",
  noMailto: "This pane cannot open your mail program (Office does not allow mailto: links from add-ins).",
};

export const SEND_STRINGS: Record<Lang, SendStrings> = { th, en };
