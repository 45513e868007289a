// The signed original of an order kept in the content folder (`order.file.path`): it must be there, within the
// 15 MB a school site may publish, and be the file its SHA-256 names. The size and the hash the site shows are then
// the file's own: the check fills in what the content file leaves out.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { evidenceFileBytes } from './check-reports.ts';
import { formatBytes } from './content-files.ts';
import type { LoadedContent } from './loaded-content.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problems.ts';

export function checkOrderFiles(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const { data, source, file } of content.roadmaps.values()) {
    const attached = data.order.file;
    if (attached?.path === undefined) continue;
    const at = (field: string, message: string) => {
      const fieldPath: FieldPath = ['order', 'file', field];
      const { line, column } = source.locate(fieldPath);
      problems.push({ severity: 'error', file, line, column, field: formatFieldPath(fieldPath), message });
    };
    const attachment = content.attachments.get(attached.path);
    if (!attachment) {
      at(
        'path',
        `файла ${attached.path} нет в папке содержимого: положите туда подписанный файл приказа ` +
          '(путь считается от папки содержимого) или дайте ссылку (url)',
      );
      continue;
    }
    if (attachment.bytes > evidenceFileBytes) {
      at(
        'path',
        `файл ${attached.path} больше 15 МБ (${formatBytes(attachment.bytes)}): ` +
          'на сайте школы размещают файлы до 15 МБ — ' +
          'уменьшите его (например, сохраните заново без встроенных изображений)',
      );
      continue;
    }
    const sha256 = createHash('sha256').update(readFileSync(attachment.absoluteFile)).digest('hex');
    if (attached.sha256 !== undefined && attached.sha256 !== sha256) {
      at(
        'sha256',
        `SHA-256 файла ${attached.path} — ${sha256}, а не ${attached.sha256}: файл заменён после подписания? ` +
          'Положите подписанный файл или исправьте sha256',
      );
    }
    if (attached.sizeBytes !== undefined && attached.sizeBytes !== attachment.bytes) {
      at(
        'sizeBytes',
        `размер файла ${attached.path} — ${attachment.bytes} байт, а не ${attached.sizeBytes}: ` +
          'уберите sizeBytes (размер берётся из файла) или исправьте его',
      );
    }
    attached.sha256 ??= sha256;
    attached.sizeBytes ??= attachment.bytes;
  }
  return problems;
}
