// Memory outside V8's heap given back as soon as the build is done with it.
/**
 * Frees the memory of bytes once they are written, instead of when V8 collects them: memory outside V8's heap
 * counts towards its next full collection, and a region's 300 MB of pages would bring one after another, each
 * marking the whole content anew (with V8 not pretenuring either, render-pages.ts, about half as many remain; see
 * docs/architecture.md); until then it is held, and a region's .ics files alone would hold some 90 MB. Only bytes
 * that are the whole of their memory, never a slice of a shared pool. The caller makes sure nothing else holds
 * them: the pages' bytes, which Astro encodes for each page and keeps none of
 * (astro/dist/runtime/server/render/page.js: look again when Astro is upgraded), and each .ics file's.
 */
export function releaseBytes(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength)
    buffer.transfer(0);
}
