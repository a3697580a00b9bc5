// Bytes of a text file → text. Word's "Unicode text" is UTF-16 with a byte-order mark, and Thai
// Windows saves plain text as windows-874 (TIS-620); both are common for these forms.

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-874";
}

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Thai single-byte text: mostly bytes in TIS-620's Thai range (0xA1–0xFB), no UTF-8 sequences. */
function looksLikeTis620(bytes: Uint8Array): boolean {
  let thai = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b >= 0xa1 && b <= 0xfb) thai++;
  }
  return high > 0 && thai / high > 0.95;
}

/** Decodes a text file; undecodable bytes become U+FFFD, which the importer reports as binary. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), "utf-16le", false) ?? "", encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), "utf-16be", false) ?? "", encoding: "utf-16be" };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const utf8 = decode(body, "utf-8", true);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  if (looksLikeTis620(body)) {
    const thai = decode(body, "windows-874", true);
    if (thai !== null) return { text: thai, encoding: "windows-874" };
  }
  return { text: decode(body, "utf-8", false) ?? "", encoding: "utf-8" };
}
