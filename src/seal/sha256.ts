// SHA-256 is the platform's own (Web Crypto: crypto.subtle, in every browser Office uses and in
// Node): nothing to ship for it.

/** SHA-256 of the text's UTF-8 bytes, as lowercase hex. */
export async function sha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
