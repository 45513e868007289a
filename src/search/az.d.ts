// Types of the parts of Az.js (npm `az`) that the build uses: morphological analysis of Russian words with the
// OpenCorpora dictionary (src/search/morphology.ts).
declare module 'az' {
  interface AzTag {
    POS?: string;
    TEns?: string;
    VOic?: string;
    [grammeme: string]: unknown;
    isProductive(): boolean;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    formCnt?: number;
    paradigmIdx?: number;
    normalize(keepPOS?: boolean): AzParse | false;
    inflect(formIdx: number): AzParse | false;
  }
  interface AzMorph {
    (word: string, config?: { ignoreCase?: boolean; typos?: number; stutter?: number }): AzParse[];
    init(path: string, callback: (error: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
