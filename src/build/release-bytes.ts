// Memory outside V8's heap given back as soon as the build is done with it.

/**
 * Frees the memory of bytes once they are written, instead of when V8 collects them. Until a full collection such
 * memory is held (a region's .ics files alone would hold some 90 MB), and it counts towards the next one: a region's
 * 300 MB of pages would bring one after another, each marking the whole content anew (docs/architecture.md). Only
 * bytes that are the whole of their memory are freed, never a slice of a shared pool; the caller makes sure nothing
 * else holds them — a page's bytes, which Astro encodes for each page and keeps none of
 * (astro/dist/runtime/server/render/page.js: look again when Astro is upgraded), and each .ics file's.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength)
    buffer.transfer(0);
}
