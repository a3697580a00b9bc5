const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const ARABIC_DIGIT = /[0-9]/g;

/** "๙๘.๗๗" → "98.77"; every other character is kept. */
export function toArabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** "2567" → "๒๕๖๗"; every other character is kept. */
export function toThaiDigits(text: string | number): string {
  return String(text).replace(ARABIC_DIGIT, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}
