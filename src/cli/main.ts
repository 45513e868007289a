// `karta` — the command-line tool of the project. Each command says what options it takes; everything a user can
// get wrong (an unknown option, a value missing, options npm kept for itself) gets a Russian message and the
// command's help, never a stack trace (KARTA_DEBUG=1 shows it for a developer).
// Each command's modules are loaded only when it runs: `karta build` stays a small process that holds the search
// index while another renders the pages (src/build/build.ts), and no command loads the importers' libraries but import.
import { parseArgs } from 'node:util';
import { nearestName } from '../content-model/nearest-name.ts';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** What the value is, in the help: ПАПКА, ФАЙЛ… */
  value?: string;
  help: string;
}

interface CommandSpec {
  /** The positionals, in the help: ФАЙЛ, "СРОК". */
  positionals?: string;
  summary: string;
  options: Record<string, OptionSpec>;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> | number;
}

const content: OptionSpec = { type: 'string', value: 'ПАПКА', help: 'папка содержимого (по умолчанию src/content)' };
const out = (what: string): OptionSpec => ({
  type: 'string',
  value: 'ПАПКА',
  help: `папка сайта (по умолчанию dist)${what}`,
});
const string = (options: Record<string, string | boolean | undefined>, name: string) =>
  options[name] as string | undefined;
const tooMany = (name: string, positionals: string[]) => {
  console.error(
    `karta ${name}: лишние аргументы ${positionals
      .slice(1)
      .map((p) => `«${p}»`)
      .join(', ')}: команда берёт один (karta ${name} --help)`,
  );
  return 1;
};

const commands: Record<string, CommandSpec> = {
  check: {
    summary: 'проверить всё содержимое и напечатать каждую ошибку: файл:строка:столбец, поле, что исправить',
    options: { content },
    run: async (o) => (await import('./check.ts')).runCheck({ contentDir: string(o, 'content') }),
  },
  build: {
    summary: 'проверить содержимое и собрать сайт; прежняя сборка заменяется, только когда новая готова',
    options: {
      content,
      out: out(''),
      home: {
        type: 'string',
        value: 'ОРГАНИЗАЦИЯ',
        help: 'собрать часть портала: школу, муниципалитет или регион (вместо home в site.yaml)',
      },
      base: {
        type: 'string',
        value: '/ПОДПАПКА/',
        help: 'подпапка, в которой сайт будет лежать (вместо base в site.yaml)',
      },
      title: { type: 'string', value: 'НАЗВАНИЕ', help: 'название сайта (вместо title в site.yaml)' },
      description: {
        type: 'string',
        value: 'ТЕКСТ',
        help: 'строка под названием на главной странице (вместо description в site.yaml)',
      },
      url: { type: 'string', value: 'АДРЕС', help: 'публичный адрес сайта (вместо url в site.yaml)' },
      plain: {
        type: 'boolean',
        help: 'собрать шаг за шагом в одном процессе (проверка, Astro, данные, поиск), как сайты меньше 50 карт',
      },
      parallel: {
        type: 'boolean',
        help: 'собрать в нескольких процессах сразу, как сайты от 50 карт (малому сайту — лишняя работа)',
      },
      timings: { type: 'string', value: 'ФАЙЛ.json', help: 'записать время этапов сборки (для бенчмарка)' },
      browser: {
        type: 'string',
        value: 'ПУТЬ',
        help: 'Chromium, которым печатать PDF карт (по умолчанию ищется сам; none — без PDF)',
      },
      documents: {
        type: 'string',
        value: 'none',
        help: 'none — не делать документов карт (PDF, Word, Excel), например для быстрой проверки большого сайта',
      },
      'documents-cache': {
        type: 'string',
        value: 'ПАПКА',
        help: 'где хранить сделанные документы карт между сборками (по умолчанию .karta/cache/documents)',
      },
    },
    run: async (o) => {
      if (o.plain && o.parallel) {
        console.error(
          'karta build: --plain и --parallel вместе нельзя: выберите один способ сборки (karta build --help)',
        );
        return 1;
      }
      if (o.documents !== undefined && o.documents !== 'none') {
        console.error(
          `karta build: --documents «${o.documents}» — можно только --documents none ` +
            '(собрать без PDF, Word и Excel карт); без этого параметра документы делаются',
        );
        return 1;
      }
      return (await import('../build/build.ts')).runBuild({
        contentDir: string(o, 'content'),
        outDir: string(o, 'out'),
        overrides: {
          home: string(o, 'home'),
          base: string(o, 'base'),
          title: string(o, 'title'),
          description: string(o, 'description'),
          url: string(o, 'url'),
        },
        way: o.plain ? 'plain' : o.parallel ? 'parallel' : undefined,
        timings: string(o, 'timings'),
        browser: string(o, 'browser'),
        noDocuments: o.documents === 'none',
        documentsCache: string(o, 'documents-cache'),
      });
    },
  },
  serve: {
    summary: 'показать собранный сайт на http://127.0.0.1 (с его подпапкой base)',
    options: {
      out: out(''),
      port: { type: 'string', value: 'ПОРТ', help: 'порт (по умолчанию 4321; если он занят — следующий свободный)' },
    },
    run: async (o) => (await import('./serve.ts')).runServe({ outDir: string(o, 'out'), port: string(o, 'port') }),
  },
  deadline: {
    positionals: '"СРОК"',
    summary: 'как понят срок: вид и даты в периоде (JSON)',
    options: {
      period: { type: 'string', value: 'ОТ:ДО', help: 'период ГГГГ-ММ-ДД:ГГГГ-ММ-ДД (по умолчанию текущий год)' },
    },
    run: async (o, p) =>
      (await import('./deadline.ts')).runDeadline({ phrase: p.join(' '), period: string(o, 'period') }),
  },
  import: {
    positionals: 'ФАЙЛ',
    summary:
      'перенести таблицу дорожной карты из DOCX, XLSX, ODS, CSV/TSV, Markdown или текста из PDF ' +
      'в файл дорожной карты и напечатать отчёт',
    options: {
      owner: { type: 'string', value: 'ОРГАНИЗАЦИЯ', help: 'чья это дорожная карта (идентификатор организации)' },
      out: { type: 'string', value: 'ФАЙЛ.yaml', help: 'куда записать (по умолчанию в папку roadmaps содержимого)' },
      force: { type: 'boolean', help: 'заменить файлы, которые уже есть' },
      report: { type: 'string', value: 'ОТЧЁТ.txt', help: 'записать отчёт ещё и в файл' },
      content,
    },
    run: async (o, p) =>
      (await import('./import.ts')).runImport({
        file: p[0],
        owner: string(o, 'owner'),
        out: string(o, 'out'),
        contentDir: string(o, 'content'),
        force: o.force === true,
        report: string(o, 'report'),
      }),
  },
  'report-form': {
    positionals: 'КАРТА',
    summary:
      'записать форму Excel, в которой школа отчитывается о выполнении дорожной карты ' +
      '(заполненную читает karta report)',
    options: {
      organization: { type: 'string', value: 'ОРГАНИЗАЦИЯ', help: 'кто отчитывается (по умолчанию владелец карты)' },
      covers: {
        type: 'string',
        value: 'РАЗДЕЛЫ',
        help:
          'для организации, которая не владеет картой и ещё не отчитывалась: якоря разделов, которые она выполняет, ' +
          'через запятую (s-school); потом берутся из её файла отчёта',
      },
      out: {
        type: 'string',
        value: 'ФОРМА.xlsx',
        help: 'куда записать форму (по умолчанию отчёт-КАРТА.xlsx в текущей папке)',
      },
      force: { type: 'boolean', help: 'заменить файл, если он уже есть' },
      content,
    },
    run: async (o, p) =>
      p.length > 1
        ? tooMany('report-form', p)
        : (await import('./report-form.ts')).runReportForm({
            roadmap: p[0],
            organization: string(o, 'organization'),
            covers: string(o, 'covers'),
            out: string(o, 'out'),
            force: o.force === true,
            contentDir: string(o, 'content'),
          }),
  },
  report: {
    positionals: 'ФОРМА',
    summary:
      'прочитать заполненную форму (XLSX, ODS или CSV) и дописать новые записи в файл отчёта; ' +
      'при ошибках ничего не записывается',
    options: {
      'dry-run': { type: 'boolean', help: 'только проверить форму и показать, что добавится, ничего не записывая' },
      content,
    },
    run: async (o, p) =>
      p.length > 1
        ? tooMany('report', p)
        : (await import('./report.ts')).runReport({
            file: p[0],
            contentDir: string(o, 'content'),
            dryRun: o['dry-run'] === true,
          }),
  },
};

const help: OptionSpec = { type: 'boolean', short: 'h', help: 'эта справка' };

function commandUsage(name: string): string {
  const spec = commands[name]!;
  const options = Object.entries({ ...spec.options, help }).map(
    ([option, o]) => [`--${option}${o.value ? ` ${o.value}` : ''}`, o.help] as const,
  );
  const width = Math.max(...options.map(([left]) => left.length));
  return [
    `karta ${name}${spec.positionals ? ` ${spec.positionals}` : ''}` +
      `${Object.keys(spec.options).length ? ' [ПАРАМЕТРЫ]' : ''}`,
    `  ${spec.summary}`,
    '',
    'Параметры:',
    ...options.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`),
  ].join('\n');
}

const usage = [
  'karta — публикация дорожных карт ШНОР',
  '',
  'Команды:',
  ...Object.entries(commands).map(
    ([name, spec]) =>
      `  karta ${(name + (spec.positionals ? ` ${spec.positionals}` : '')).padEnd(16)}  ${spec.summary}`,
  ),
  '',
  'Справка по команде: karta КОМАНДА --help. Документация: docs/README.md',
].join('\n');

/** Options npm took for itself when they were written without `--` (`npm run build --home x`). */
function optionsTakenByNpm(spec: CommandSpec): string[] {
  if (!process.env.npm_lifecycle_event) return [];
  return Object.keys(spec.options).filter((name) => process.env[`npm_config_${name}`] !== undefined);
}

/** A parseArgs error in the user's words. */
function describeArgsError(name: string, spec: CommandSpec, error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = option && nearestName(option.replace(/^-+/, ''), [...Object.keys(spec.options), 'help']);
      return `неизвестный параметр «${option ?? error.message}»${near ? `. Может быть, --${near}?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option && spec.options[option.replace(/^-+/, '')]?.type === 'boolean'
        ? `параметр «${option}» пишется без значения`
        : `параметру «${option ?? ''}» нужно значение, например ${option ?? ''} ` +
            `${spec.options[(option ?? '').replace(/^-+/, '')]?.value ?? 'ЗНАЧЕНИЕ'}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const allowed = spec.positionals
        ? `команда ${name} берёт только ${spec.positionals}`
        : `команда ${name} принимает только параметры (--…)`;
      // Through npm a parameter npm knows as its own (`npm run build --description x`) leaves only its value here.
      const throughNpm = process.env.npm_lifecycle_event
        ? `; через npm run параметры пишут после «--»: npm run ${process.env.npm_lifecycle_event} -- --параметр …`
        : '';
      return `лишний аргумент «${/'([^']*)'/.exec(error.message)?.[1] ?? ''}»: ${allowed}${throughNpm}`;
    }
    default:
      return error.message;
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage);
    return name === undefined ? 1 : 0;
  }
  const spec = commands[name];
  if (!spec) {
    const near = nearestName(name, Object.keys(commands));
    console.error(`karta: неизвестная команда «${name}»${near ? `. Может быть, karta ${near}?` : ''}\n\n${usage}`);
    return 1;
  }
  // Before the arguments are read: what npm left of them (`npm run build --home x` gives `x` alone) misleads.
  const taken = optionsTakenByNpm(spec).filter(
    (option) => !rest.some((arg) => arg === `--${option}` || arg.startsWith(`--${option}=`)),
  );
  if (taken.length) {
    const written = taken.map((option) => `--${option}`).join(' ');
    console.error(
      `karta ${name}: npm забрал себе параметры ${written}: при запуске через npm run их пишут после «--», ` +
        `например: npm run ${process.env.npm_lifecycle_event} -- ${written} …`,
    );
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...spec.options, help },
      allowPositionals: Boolean(spec.positionals),
      strict: true,
    });
  } catch (error) {
    console.error(
      `karta ${name}: ${describeArgsError(name, spec, error as Error & { code?: string })}\n\n${commandUsage(name)}`,
    );
    return 1;
  }
  if (parsed.values.help) {
    console.log(commandUsage(name));
    return 0;
  }
  return spec.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A failure nobody foresaw: said in one line; the stack is for a developer who asks for it.
  console.error(`karta: непредвиденная ошибка: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.KARTA_DEBUG) console.error(error);
  else console.error('Подробности для разработчика: запустите команду снова с KARTA_DEBUG=1.');
  process.exitCode = 1;
}
