// The Russian patterns of the npm package `hyphen` (it ships no types).
declare module 'hyphen/ru/index.js' {
  const ru: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default ru;
}
