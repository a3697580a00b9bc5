const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;
const ARABIC_DIGIT = /[0-9]/g;

/** "๙๘.๗๗" → "98.77"; every other character is kept. */
export function toArabicDigits(text: string): string {
  // A loop rather than a replace callback: validation calls this for every KPI of large plans.
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < THAI_ZERO || code > THAI_ZERO + 9) continue;
    out += text.slice(from, i) + String.fromCharCode(code - THAI_ZERO + ARABIC_ZERO);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** "2567" → "๒๕๖๗"; every other character is kept. */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(ARABIC_DIGIT, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
