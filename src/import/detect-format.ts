// Which reader a file needs: by its bytes first (a ZIP package is DOCX, XLSX or ODS by what it holds; an OLE
// compound file is an encrypted Office file or an old .doc/.xls), then by the name for text formats.
import path from 'node:path';
import { unzipSync } from 'fflate';
import { ImportError } from './import-error.ts';
import { checkUnpacked } from './limits.ts';
import { looksLikeText } from '../content-model/decode-text.ts';
import type { FormatName } from './model.ts';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export interface Detected {
  format: FormatName;
  /** The unpacked package, for DOCX, XLSX and ODS. */
  files?: Record<string, Uint8Array>;
}

const supported = 'DOCX, XLSX, ODS, CSV, TSV, Markdown (.md) или текст (.txt)';

export function detectFormat(bytes: Uint8Array, fileName: string): Detected {
  const ext = path.extname(fileName).toLowerCase();
  const name = path.basename(fileName);
  if (bytes.length === 0 || (looksLikeText(bytes) && Buffer.from(bytes).toString('utf8').trim() === '')) {
    throw new ImportError(`файл «${name}» пуст: в нём нет ни одной таблицы`);
  }
  if (startsWith(bytes, oleMagic)) {
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
    if (encrypted) {
      throw new ImportError(
        `файл «${name}» защищён паролем: откройте его в Word или Excel, ` +
          'снимите пароль (Файл → Сведения → Защита) и сохраните заново, затем повторите импорт',
      );
    }
    throw new ImportError(
      `файл «${name}» — документ старого формата Word или Excel (.doc, .xls), который импорт не читает: ` +
        'сохраните его как .docx или .xlsx и повторите',
    );
  }
  if (startsWith(bytes, zipMagic) || ['.docx', '.xlsx', '.ods', '.odt'].includes(ext)) {
    let files: Record<string, Uint8Array>;
    try {
      // The sizes the package declares, read before anything is unpacked: unpacking never gives more than these.
      const declared = new Map<string, number>();
      unzipSync(bytes, {
        filter: (file) => {
          declared.set(file.name, file.originalSize);
          return false;
        },
      });
      checkUnpacked(name, declared);
      files = unzipSync(bytes);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(
        `файл «${name}» повреждён: это не читаемый архив ${ext ? ext.slice(1).toUpperCase() : 'Office'} ` +
          '(возможно, файл скачан не полностью); откройте и сохраните его заново',
      );
    }
    if (files['word/document.xml']) return { format: 'docx', files };
    if (files['xl/workbook.xml']) return { format: 'xlsx', files };
    const mimetype = files.mimetype ? Buffer.from(files.mimetype).toString('utf8').trim() : '';
    if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet' || (files['content.xml'] && ext === '.ods'))
      return { format: 'ods', files };
    if (mimetype === 'application/vnd.oasis.opendocument.text') {
      throw new ImportError(
        `файл «${name}» — текстовый документ OpenDocument (.odt), который импорт не читает: сохраните его как .docx`,
      );
    }
    throw new ImportError(
      `файл «${name}» повреждён или это не документ Word/Excel/OpenDocument: ` +
        'в архиве нет ни word/document.xml, ни xl/workbook.xml, ни content.xml',
    );
  }
  if (!looksLikeText(bytes)) {
    const nul = bytes.indexOf(0);
    // A text file with a stray NUL or two (a damaged save) is not a binary file: say where the character is.
    if (textExtensions.has(ext) && countNul(bytes.subarray(0, 8192)) <= 4) {
      const line = bytes.subarray(0, nul).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
      throw new ImportError(
        `в файле «${name}» в строке ${line} есть символ NUL (нулевой байт), которого в тексте быть не должно: ` +
          'откройте файл в редакторе, удалите этот символ (или сохраните файл заново в UTF-8) и запустите импорт снова',
      );
    }
    throw new ImportError(`формат файла «${name}» не поддерживается: импорт читает ${supported}`);
  }
  switch (ext) {
    case '.csv':
      return { format: 'csv' };
    case '.tsv':
    case '.tab':
      return { format: 'tsv' };
    case '.md':
    case '.markdown':
      return { format: 'markdown' };
    case '.txt':
    case '.text':
    case '':
      return { format: 'text' };
    default:
      throw new ImportError(`формат файла «${name}» (${ext}) не поддерживается: импорт читает ${supported}`);
  }
}

const textExtensions = new Set(['.csv', '.tsv', '.tab', '.md', '.markdown', '.txt', '.text', '']);

function countNul(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) if (b === 0) count++;
  return count;
}
