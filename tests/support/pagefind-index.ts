// Reading a built Pagefind bundle in tests: its files are gzip of «pagefind_dcd» followed by CBOR (the word index) or
// JSON (fragments). Only what the tests ask: the words of the index, and each page's fragment.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A small CBOR decoder (RFC 8949: integers, strings, arrays, maps, simple values; no floats or tags needed). */
function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) {
      at += 2;
      return view.getUint16(at - 2);
    }
    if (info === 26) {
      at += 4;
      return view.getUint32(at - 4);
    }
    if (info === 27) {
      at += 8;
      return Number(view.getBigUint64(at - 8));
    }
    throw new Error(`CBOR: indefinite length at ${at}`);
  };
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const [major, info] = [head >> 5, head & 31];
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        return bytes.subarray((at += n) - n, at);
      }
      case 3: {
        const n = length(info);
        return new TextDecoder().decode(bytes.subarray((at += n) - n, at));
      }
      case 4: {
        const n = length(info);
        return Array.from({ length: n }, item);
      }
      case 5: {
        const n = length(info);
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i++) map.set(item(), item());
        return map;
      }
      case 7:
        return info === 20 ? false : info === 21 ? true : null;
      default:
        throw new Error(`CBOR: major type ${major} at ${at}`);
    }
  };
  return item();
}

function unpack(file: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(file));
  const signature = 'pagefind_dcd';
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature)
    throw new Error(`${file}: not a Pagefind file`);
  return bytes.subarray(signature.length);
}

/** Every word (stem) in a bundle's word index. */
export function indexWords(bundleDir: string): Set<string> {
  const words = new Set<string>();
  const dir = path.join(bundleDir, 'index');
  for (const file of readdirSync(dir)) {
    const [entries] = decodeCbor(unpack(path.join(dir, file))) as [[string, ...Cbor[]][]];
    for (const [word] of entries) words.add(word);
  }
  return words;
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; title?: string; location: number }[];
}

/** Every page of a bundle, by its URL. */
export function fragments(bundleDir: string): Map<string, Fragment> {
  const dir = path.join(bundleDir, 'fragment');
  const out = new Map<string, Fragment>();
  for (const file of readdirSync(dir)) {
    const fragment = JSON.parse(new TextDecoder().decode(unpack(path.join(dir, file)))) as Fragment;
    out.set(fragment.url, fragment);
  }
  return out;
}
