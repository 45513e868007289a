// `karta` — the command-line tool of the project. Subcommands: check, build, serve, deadline, import.
// Each command's modules are loaded only when it runs: `karta build` stays a small process that holds the search
// index while another renders the pages (src/cli/build.ts), and no command loads the importers' libraries but import.
import { parseArgs } from 'node:util';

const usage = `karta — публикация дорожных карт ШНОР

Команды:
  karta check [--content ПАПКА]                 проверить всё содержимое (по умолчанию src/content)
  karta build [--content ПАПКА] [--out ПАПКА]   проверить и собрать сайт (по умолчанию в dist)
      [--home ОРГАНИЗАЦИЯ] [--base /ПОДПАПКА/]   только часть портала: муниципалитет или школа (вместо site.yaml)
  karta serve [--out ПАПКА] [--port ПОРТ]       показать собранный сайт на http://localhost
  karta deadline "СРОК" [--period ОТ:ДО]        как понят срок: вид и даты в периоде (JSON);
                                                период ГГГГ-ММ-ДД:ГГГГ-ММ-ДД, по умолчанию текущий год
  karta import ФАЙЛ [--owner ОРГАНИЗАЦИЯ] [--out ФАЙЛ.yaml] [--force] [--report ОТЧЁТ.txt]
                                                перенести таблицу дорожной карты из DOCX, XLSX, ODS, CSV/TSV,
                                                Markdown или текста из PDF в файл дорожной карты и напечатать отчёт
`;

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  options: {
    content: { type: 'string' },
    home: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
    period: { type: 'string' },
    owner: { type: 'string' },
    force: { type: 'boolean' },
    report: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
  strict: true,
});

let code: number;
switch (command) {
  case 'check':
    code = (await import('./check.ts')).runCheck({ contentDir: values.content });
    break;
  case 'build':
    code = await (await import('./build.ts')).runBuild({ contentDir: values.content, outDir: values.out, home: values.home, base: values.base });
    break;
  case 'serve':
    code = await (await import('./serve.ts')).runServe({ outDir: values.out, port: values.port ? Number(values.port) : undefined });
    break;
  case 'deadline':
    code = (await import('./deadline.ts')).runDeadline({ phrase: positionals.join(' '), period: values.period });
    break;
  case 'import':
    code = await (await import('./import.ts')).runImport({ file: positionals[0], owner: values.owner, out: values.out, contentDir: values.content, force: values.force, report: values.report });
    break;
  case undefined:
  case 'help':
  case '--help':
  case '-h':
    console.log(usage);
    code = command === undefined ? 1 : 0;
    break;
  default:
    console.error(`karta: неизвестная команда «${command}»\n\n${usage}`);
    code = 1;
}
process.exitCode = code;
