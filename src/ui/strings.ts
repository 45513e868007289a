// Every piece of text the site's interface shows, in one place (Russian).
export const ui = {
  siteTitle: 'Дорожные карты ШНОР',
  siteDescription: 'Дорожные карты по работе со школами с низкими образовательными результатами и профилактике учебной неуспешности',
  skipToContent: 'Перейти к содержанию',
  navHome: 'Главная',
  navRoadmaps: 'Дорожные карты',
  navGlossary: 'Сокращения',
  navOpenData: 'Открытые данные',
  navCalendar: 'Календарь',
  mainNavLabel: 'Основное меню',
  levels: { regional: 'Региональный уровень', municipal: 'Муниципальный уровень', school: 'Уровень образовательной организации' },
  levelsShort: { regional: 'региональная', municipal: 'муниципальная', school: 'школьная' },
  organizationKinds: { region: 'Регион', municipality: 'Муниципалитет', authority: 'Орган управления образованием', agency: 'Учреждение', school: 'Школа' },
  statuses: {
    shnor: 'входит в перечень школ с низкими образовательными результатами (ШНОР)',
    sssu: 'входит в перечень школ, функционирующих в сложных социальных условиях (ШССУ)',
    snsu: 'входит в перечень школ, функционирующих в неблагоприятных социальных условиях (ШНСУ)',
    '500plus': 'участвует в проекте «500+»',
    'risk-zone': 'находится в зоне риска снижения образовательных результатов',
  },
  statusInYear: (year: number, text: string) => `В ${year} году ${text}.`,
  approvedBy: 'Утверждена',
  order: 'Приказ',
  orderNumber: '№',
  orderFrom: 'от',
  signedBy: 'Подписал',
  period: 'Период действия',
  owner: 'Чья дорожная карта',
  level: 'Уровень',
  legalBasis: 'Основания',
  goal: 'Цель',
  tasks: 'Задачи',
  indicators: 'Целевые показатели',
  directions: 'Основные направления деятельности',
  controlPoints: 'Контрольные точки',
  mechanisms: 'Механизмы реализации',
  audit: 'Результаты входного аудита',
  specialists: 'Ответственные специалисты',
  abbreviations: 'Принятые сокращения',
  schools: 'Школы, на которые распространяется дорожная карта',
  basedOn: 'Основана на',
  orderText: 'Текст приказа',
  appendices: 'Приложения к приказу',
  appendix: 'Приложение',
  baseline: 'исходное значение',
  target: 'целевое значение',
  due: 'срок',
  roadmapTable: 'Мероприятия',
  columns: {
    number: '№',
    title: 'Мероприятие',
    form: 'Форма',
    deadline: 'Сроки',
    responsible: 'Ответственные',
    audience: 'Контингент',
    venue: 'Место проведения',
    riskCodes: 'Код параметра',
    result: 'Показатель реализации',
    reports: 'Отчётные документы',
  },
  roadmapColumns: { title: 'Дорожная карта' },
  auditColumns: { code: 'Код параметра', factor: 'Фактор риска', parameter: 'Параметр', schools: 'Школы, в работе которых проявляется фактор' },
  specialistColumns: { name: 'ФИО', position: 'Место работы и должность', responsibility: 'Направление' },
  itemsCount: (n: number) => `${n} ${plural(n, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  allRoadmaps: 'Все дорожные карты',
  allRoadmapsWithSchools: (n: number) => `Все дорожные карты, со школьными (${n})`,
  organizationsBelow: (n: number) => `${n} ${plural(n, 'организация', 'организации', 'организаций')}`,
  homeIntro: 'Дорожная карта — утверждённый приказом план мероприятий на год: что делается, в какие сроки и кто за это отвечает. Каждая карта опубликована полностью, как утверждена, со всеми разделами и столбцами; сокращения расшифрованы — наведите на них указатель (на телефоне — коснитесь) или откройте страницу «Сокращения».',
  roadmapsOf: 'Дорожные карты',
  organizationsHeading: 'Организации',
  people: 'Ответственные лица',
  glossaryTitle: 'Сокращения и термины',
  glossaryIntro: 'Что означают сокращения, которые встречаются в дорожных картах.',
  openDataLink: 'Данные в формате JSON',
  /** The link to dist/data/items.csv on the list of all roadmaps: words for parents, not for programmers. */
  itemsCsvLink: 'Все мероприятия таблицей (CSV для Excel)',
  /** The table of all items (dist/data/items.csv): its columns and the words of its values. */
  itemsCsv: {
    columns: ['Карта', 'Название карты', 'Организация', 'Уровень', 'Раздел', 'Номер', 'Мероприятие', 'Форма', 'Срок', 'Первая дата', 'Последняя дата', 'Ответственные', 'Статус'],
    levels: { regional: 'региональный', municipal: 'муниципальный', school: 'образовательной организации' },
    controlPoints: 'Контрольные точки',
    mechanisms: 'Механизмы реализации',
    executionStatuses: { planned: 'запланировано', 'in-progress': 'выполняется', done: 'выполнено', 'not-done': 'не выполнено', cancelled: 'отменено' },
  },
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, ссылка устарела.',
  toHome: 'На главную',
  exampleNotice: 'Это пример, а не настоящий документ.',
  published: 'Опубликовано',
  updated: 'Обновлено',
  builtOn: (date: string) => `Страницы сформированы ${date}.`,
  signatureMark: 'Документ подписан простой электронной подписью',
  signatureFields: { signedAt: 'Дата и время подписания', signer: 'ФИО', position: 'Должность', key: 'Уникальный ключ' },
  attachedFile: 'Файл документа',
  breadcrumbsLabel: 'Вышестоящие организации',
  head: 'Руководитель',
  fisOkoLogin: 'Логин ФИС ОКО',
  riskProfile: 'Рисковый профиль',
  noRiskProfile: 'Рисковый профиль не опубликован.',
  noRoadmaps: 'Дорожных карт пока нет.',
  roadmapsByLevel: 'Дорожные карты, которые действуют для организации',
  qualitySection: 'Оценка качества образования: работа со школами с низкими образовательными результатами',
  statusHeading: 'Статус',
  noStatus: 'Сведений о статусе нет.',
  search: {
    title: 'Поиск',
    label: 'Поиск по дорожным картам',
    placeholder: 'Например, стажировка',
    submit: 'Найти',
    noScript: 'Для поиска нужен JavaScript. Все дорожные карты доступны и без него: ',
    loading: 'Ищем…',
    // %q is the query and %n the number of results, filled in by the browser.
    nothing: 'По запросу «%q» ничего не найдено.',
    found: { one: 'По запросу «%q» найден %n результат.', few: 'По запросу «%q» найдено %n результата.', many: 'По запросу «%q» найдено %n результатов.' },
    filtersLegend: 'Уточнить',
    // Pagefind filters whole documents; the search page then keeps, under each document, the items that match.
    filtersNote: 'Месяц, квартал и форма отбирают дорожные карты, в которых есть такие пункты; под картой показаны только эти пункты. Порядок «по сроку»: дорожные карты — по началу периода (страниц организаций в нём нет), пункты в карте — по сроку.',
    any: 'все',
    filters: { level: 'Уровень', region: 'Регион', municipality: 'Муниципалитет', organization: 'Организация', year: 'Год', quarter: 'Квартал', month: 'Месяц', form: 'Форма' },
    in: 'в документе',
    // %n is a number, filled in by the browser.
    moreItems: { one: 'Ещё %n пункт этого документа', few: 'Ещё %n пункта этого документа', many: 'Ещё %n пунктов этого документа' },
    more: 'Показать ещё',
    noMatchingItems: 'Слова запроса есть в этом документе, но не в пунктах с выбранными сроком и формой.',
    failed: 'Поиск сейчас не работает: не удалось загрузить его файлы. Попробуйте ещё раз позже или откройте список всех дорожных карт.',
    sort: {
      label: 'Порядок',
      relevance: 'сначала самые подходящие',
      asc: 'по сроку: сначала ранние',
      desc: 'по сроку: сначала поздние',
    },
  },
  /** Month names, nominative, for «март 2023» and headings. */
  months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  monthsShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  calendar: {
    title: 'Календарь сроков',
    organizationTitle: (name: string) => `Календарь сроков: ${name}`,
    asOf: 'По состоянию на',
    intro: 'Что и когда сделать по дорожным картам, по месяцам: какие сроки истекают в месяце и какие работы в нём начинаются. Работа, которая идёт несколько месяцев, названа один раз — в месяце, когда начинается, с датой окончания, — и ещё раз в месяце, когда истекает её срок. Повторяющиеся сроки развёрнуты; срок приведён словами документа, а даты выведены из них. Каждая строка ведёт к пункту дорожной карты.',
    organizationIntro: 'Сроки дорожных карт, которые действуют для организации: её собственной и вышестоящих уровней.',
    portalIntro: 'Сроки дорожных карт верхнего уровня портала.',
    belowIntro: 'По картам организаций ниже уровнем (муниципалитетов, школ) в каждом месяце указано только, сколько в них пунктов со сроком в этом месяце, со ссылкой на календарь организации.',
    roadmapsHeading: 'В календаре',
    monthsNav: 'Месяцы',
    currentMonth: 'текущий месяц',
    due: 'Срок в этом месяце',
    noneDue: 'Сроков, которые истекают в этом месяце, нет.',
    starting: (n: number) => `Начинаются в этом месяце, срок позже (${n})`,
    continuing: (n: number) => `Кроме того, ${plural(n, 'идёт', 'идут', 'идут')} ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')}, ${plural(n, 'начатый', 'начатых', 'начатых')} раньше, со сроком позже: ${plural(n, 'он назван', 'они названы', 'они названы')} в месяце, когда ${plural(n, 'начался', 'начались', 'начались')}.`,
    below: (items: number, organizations: number) =>
      `В дорожных картах организаций ниже уровнем (${organizations}): ${items} ${plural(items, 'пункт', 'пункта', 'пунктов')} со сроком в этом месяце`,
    deadline: 'срок',
    until: 'до',
    /** After a window the roadmap's period cut short: its deadline lies after the period. */
    afterPeriod: 'срок — после окончания периода карты',
    undated: (n: number) => `Ещё ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} без фиксированной даты («по отдельному графику», «по мере необходимости» и т. п.) — они есть на страницах дорожных карт.`,
    empty: 'Пунктов с датированными сроками нет.',
    addToCalendar: 'Добавить в календарь',
    icsNote: 'файл iCalendar (.ics) для календаря в телефоне или почте',
    portalIcsNote: 'В файле — сроки тех же дорожных карт, что на этой странице; сроки каждой школы и каждого муниципалитета — в календаре на странице организации.',
    open: 'Календарь сроков',
    openOwner: 'Календарь сроков организации',
    soonHeading: 'Ближайшие сроки',
    more: (n: number) => `и ещё ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} — в календаре`,
    ongoingCount: (n: number) => `Кроме того, ${plural(n, 'идёт', 'идут', 'идут')} ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} с более поздним сроком.`,
    whole: 'Весь календарь сроков',
    icsRoadmap: (title: string) => `Сроки: ${title}`,
    icsOrganization: (name: string) => `Сроки дорожных карт: ${name}`,
    icsPortal: (site: string) => `Сроки дорожных карт: ${site}`,
  },
  timeline: {
    heading: 'Сроки по месяцам',
    caption: 'Шкала времени: пункты дорожной карты по месяцам',
    legendDue: 'срок в этом месяце',
    legendOngoing: 'идут, срок позже',
    summary: (dated: number, months: number) =>
      `${dated} ${plural(dated, 'пункт', 'пункта', 'пунктов')} с датами в ${months} ${plural(months, 'месяце', 'месяцах', 'месяцах')}; у каждого месяца — сколько сроков истекает и сколько пунктов идёт. Числа — в таблице ниже.`,
    table: 'Таблица: число пунктов по месяцам',
    columns: { month: 'Месяц', due: 'Срок в этом месяце', ongoing: 'Идут, срок позже' },
  },
  a11y: {
    toggle: 'Версия для слабовидящих',
    panelTitle: 'Настройки версии для слабовидящих',
    settings: 'Настройки',
    fontSize: 'Размер шрифта',
    fontSizes: ['обычный', 'крупный', 'очень крупный'],
    colours: 'Цвета',
    schemes: [
      ['bw', 'Ц1', 'чёрным по белому'],
      ['wb', 'Ц2', 'белым по чёрному'],
      ['blue', 'Ц3', 'тёмно-синим по голубому'],
      ['brown', 'Ц4', 'коричневым по бежевому'],
    ],
    images: 'Изображения',
    imagesOn: 'показывать',
    imagesOff: 'скрыть',
    spacing: 'Интервал между буквами',
    spacings: ['обычный', 'увеличенный', 'большой'],
    normalVersion: 'Обычная версия сайта',
  },
} as const;

/** The Russian plural form for `n`: «1 мероприятие», «2 мероприятия», «5 мероприятий». */
export function plural<T extends string>(n: number, one: T, few: T, many: T): T {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** «2023-03» → «март 2023»; `capital` → «Март 2023» for headings. */
export function formatMonth(month: string, capital = false): string {
  const name = ui.months[Number(month.slice(5, 7)) - 1] ?? month;
  return `${capital ? name.charAt(0).toUpperCase() + name.slice(1) : name} ${month.slice(0, 4)}`;
}

/** The calendar quarter of a month: «2023-03» → «2023, I квартал» (a search filter value). */
export function quarterLabel(month: string): string {
  return `${month.slice(0, 4)}, ${['I', 'II', 'III', 'IV'][Math.ceil(Number(month.slice(5, 7)) / 3) - 1]} квартал`;
}

/** 2023-03-06 → 06.03.2023, the way Russian documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
