// The id (file name) of an imported roadmap: the owner and the years it names, or the source file's name in latin.
import path from 'node:path';

const latin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => latin[ch] ?? ch).join('');
}

export function slugForFile(file: string, owner?: string): string {
  const base = transliterate(path.basename(file).replace(/\.[^.]+$/, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (owner) return `${owner}-imported`;
  return /^[a-z0-9]/.test(base) ? base : `imported-${base || 'roadmap'}`;
}
