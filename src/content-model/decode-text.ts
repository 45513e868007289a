// Bytes of a text file to a string: UTF-8 (with or without BOM, also UTF-16 with BOM) or a legacy Cyrillic
// encoding (Windows-1251 above all, also KOI8-R and CP866), detected from the bytes.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  encoding: string;
}

const cyrillicEncodings = new Set(['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5', 'x-mac-cyrillic']);

export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: one of the single-byte Cyrillic encodings.
  }
  const candidates = chardet.analyse(buffer).map((c) => c.name.toLowerCase());
  const detected = candidates.find((name) => cyrillicEncodings.has(name)) ?? 'windows-1251';
  const name = detected === 'ibm866' ? 'cp866' : detected;
  return { text: iconv.decode(buffer, name), encoding: name === 'windows-1251' ? 'Windows-1251' : name.toUpperCase() };
}

/** True when the bytes look like text rather than a binary file (no NUL bytes in the first kilobytes). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head[0] === 0xff && head[1] === 0xfe) return true;
  if (head[0] === 0xfe && head[1] === 0xff) return true;
  return !head.includes(0);
}
