// Every piece of text the site's interface shows, in one place (Russian).
export const ui = {
  siteTitle: 'Дорожные карты ШНОР',
  siteDescription:
    'Дорожные карты по работе со школами с низкими образовательными результатами и профилактике учебной неуспешности',
  skipToContent: 'Перейти к содержанию',
  navHome: 'Главная',
  navRoadmaps: 'Дорожные карты',
  navGlossary: 'Сокращения',
  navOpenData: 'Открытые данные',
  navCalendar: 'Календарь',
  navOrganizations: 'Организации',
  mainNavLabel: 'Основное меню',
  levels: {
    regional: 'Региональный уровень',
    municipal: 'Муниципальный уровень',
    school: 'Уровень образовательной организации',
  },
  levelsShort: { regional: 'региональная', municipal: 'муниципальная', school: 'школьная' },
  /** After «Уровень:» — the word alone, not «Уровень: Региональный уровень». */
  levelWords: { regional: 'региональный', municipal: 'муниципальный', school: 'школьный' },
  /** Whether a roadmap is in force (src/content-model/roadmap-validity.ts). */
  validity: {
    label: 'Действие',
    states: { 'in-force': 'действует', ended: 'завершена', superseded: 'утратила силу' },
    /** The line under a roadmap's title. */
    line: {
      'in-force': (start: string, end: string) => `Действует: период с ${start} по ${end}.`,
      ended: (end: string) => `Завершена: период действия закончился ${end}.`,
      superseded: 'Утратила силу: действует более поздняя редакция или другой документ.',
    },
    supersededBy: 'Действует',
  },
  /** The roadmap page's table of contents and its document. */
  toc: {
    heading: 'Содержание',
    back: 'К содержанию',
    orderText: 'Текст приказа',
    appendix: (number: string | undefined) => (number ? `Приложение ${number}` : 'Приложение'),
    plan: 'Мероприятия',
    items: (n: number) => `${n} ${plural(n, 'пункт', 'пункта', 'пунктов')}`,
    afterDocument: 'На сайте',
  },
  stamp: { approved: 'УТВЕРЖДЕНА', byOrder: 'приказом' },
  fisOkoColumnHidden: (heading: string) =>
    `Столбец «${heading}» на сайте не публикуется: это служебные учётные данные школ.`,
  organizationKinds: {
    region: 'Регион',
    municipality: 'Муниципалитет',
    authority: 'Орган управления образованием',
    agency: 'Учреждение',
    school: 'Школа',
  },
  statuses: {
    shnor: 'входит в перечень школ с низкими образовательными результатами (ШНОР)',
    sssu: 'входит в перечень школ, функционирующих в сложных социальных условиях (ШССУ)',
    snsu: 'входит в перечень школ, функционирующих в неблагоприятных социальных условиях (ШНСУ)',
    '500plus': 'участвует в проекте «500+»',
    'risk-zone': 'находится в зоне риска снижения образовательных результатов',
  },
  statusInYear: (year: number, text: string) => `В ${year} году ${text}.`,
  statusShort: { shnor: 'ШНОР', sssu: 'ШССУ', snsu: 'ШНСУ', '500plus': '«500+»', 'risk-zone': 'зона риска' },
  approvedBy: 'Утверждена',
  order: 'Приказ',
  orderNumber: '№',
  orderFrom: 'от',
  signedBy: 'Подписал',
  period: 'Период действия',
  owner: 'Организация',
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
  auditColumns: {
    code: 'Код параметра',
    factor: 'Фактор риска',
    parameter: 'Параметр',
    schools: 'Школы, в работе которых проявляется фактор',
  },
  specialistColumns: { name: 'ФИО', position: 'Место работы и должность', responsibility: 'Направление' },
  itemsCount: (n: number) => `${n} ${plural(n, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  allRoadmaps: 'Все дорожные карты',
  roadmapsIntro:
    'Региональные и муниципальные дорожные карты — здесь, школьные — по муниципалитетам, на отдельных страницах; ' +
    'сначала те, что действуют. Любую карту можно найти и',
  roadmapsSearch: 'поиском с фильтрами по уровню, муниципалитету, году и действию',
  roadmapGroups: { regional: 'Региональные', municipal: 'Муниципальные', school: 'Школьные — по муниципалитетам' },
  schoolRoadmapsCount: (n: number) => `${n} ${plural(n, 'карта школы', 'карты школ', 'карт школ')}`,
  schoolRoadmapsOf: (name: string) => `Дорожные карты школ: ${name}`,
  allRoadmapsBack: 'Все дорожные карты региона и муниципалитетов',
  allRoadmapsWithSchools: (n: number) => `Все дорожные карты, со школьными (${n})`,
  organizationsBelow: (n: number) => `${n} ${plural(n, 'организация', 'организации', 'организаций')}`,
  homeIntro:
    'Дорожная карта — утверждённый приказом план мероприятий на год: что делается, ' +
    'в какие сроки и кто за это отвечает. Каждая карта опубликована полностью, как утверждена, ' +
    'со всеми разделами и столбцами; сокращения расшифрованы — наведите на них указатель, ' +
    'коснитесь на телефоне или перейдите к ним клавишей Tab, или откройте страницу «Сокращения».',
  roadmapsOf: 'Дорожные карты',
  organizationsHeading: 'Организации',
  organizationsPage: {
    title: 'Организации',
    intro:
      'Регионы, их органы управления образованием и учреждения, муниципалитеты и их школы. ' +
      'Школы муниципалитета — на его странице; школу можно найти и по названию.',
    filter: 'Найти в списке',
    searchSchool: 'Найти школу по названию',
    schools: (n: number) => `Школы: ${n}`,
  },
  /** Said to screen readers as a list is filtered; {n} and {all} are filled in by the browser. */
  listFilterCount: 'Показано {n} из {all}',
  people: 'Ответственные лица',
  glossaryTitle: 'Сокращения и термины',
  glossaryIntro:
    'Что означают сокращения, которые встречаются в дорожных картах. ' +
    'На страницах карт сокращение подчёркнуто точками: наведите на него указатель, коснитесь его ' +
    'или перейдите к нему клавишей Tab — расшифровка появится рядом.',
  glossaryLetters: 'Буквы',
  glossaryFilter: 'Найти сокращение или слово',
  openDataLink: 'Эта карта как данные для программ',
  openDataNote: 'файл JSON',
  openDataPage: {
    title: 'Открытые данные',
    intro:
      'Всё, что опубликовано на сайте, есть и в файлах: таблицей — для Excel, ' +
      'и в формате JSON — для программ, мониторинга и других сайтов. ' +
      'Файлы обновляются при каждой сборке сайта, вместе со страницами.',
    filesHeading: 'Файлы',
    files: {
      itemsCsv: 'Все мероприятия всех дорожных карт одной таблицей — для Excel и LibreOffice',
      roadmaps: 'Все дорожные карты полностью, с выполнением — для программ',
      organizations: 'Организации с выполнением их дорожных карт',
      roadmapsSchema: 'Схема файла всех дорожных карт',
      roadmapSchema: 'Схема файла одной дорожной карты',
      organizationsSchema: 'Схема файла организаций',
      sourceSchema: 'Схема исходного файла дорожной карты — для редактора, в котором её пишут',
      ics: 'Сроки дорожных карт портала — для календаря в телефоне или почте',
    },
    perRoadmap:
      'У каждой дорожной карты есть и свой файл — ссылка «Эта карта как данные для программ» на её странице, — ' +
      'и свой календарь сроков.',
    csvHeading: 'Таблица мероприятий',
    csv: [
      'По строке на каждый пункт каждой дорожной карты, в порядке документа: номер и мероприятие, форма, ' +
        'срок словами документа, первая и последняя дата срока, ' +
        'ответственные и статус выполнения по последнему отчёту.',
      'Файл открывается в Excel двойным щелчком: кодировка UTF-8 с меткой BOM, поля разделены точкой с запятой. ' +
        'Ячейки, которые Excel принял бы за формулу, начинаются с апострофа.',
    ],
    csvColumns: 'Столбцы:',
    schemaHeading: 'Схемы',
    schema: [
      'Файлы JSON описаны схемами в формате JSON Schema: какие в них поля, что каждое значит и каким оно может быть. ' +
        'По схеме программа проверяет файл, а редактор подсказывает поля.',
      'В файлах данных ссылки заменены именами, у каждого раздела и пункта есть якорь — ' +
        'часть адреса его строки на странице, а срок разобран на даты в периоде карты; исходный файл, ' +
        'который пишет школа, устроен иначе и описан своей схемой.',
    ],
    licenseHeading: 'Условия использования',
    licensed: 'Данные сайта можно использовать на условиях лицензии',
    noLicense:
      'Владелец сайта не указал лицензию на данные. ' +
      'Файлы повторяют опубликованные на сайте дорожные карты и приказы, их можно скачивать и читать; ' +
      'об ином использовании спросите владельца сайта.',
    asOf: 'Даты в файлах — в виде ГГГГ-ММ-ДД, выполнение — на день сборки сайта.',
  },
  /** The link to dist/data/items.csv on the list of all roadmaps: words for parents, not for programmers. */
  itemsCsvLink: 'Все мероприятия таблицей (CSV для Excel)',
  /** The table of all items (dist/data/items.csv): its columns and the words of its values. */
  itemsCsv: {
    columns: [
      'Карта',
      'Название карты',
      'Организация',
      'Уровень',
      'Раздел',
      'Номер',
      'Мероприятие',
      'Форма',
      'Срок',
      'Первая дата',
      'Последняя дата',
      'Ответственные',
      'Статус',
      'Статус на дату',
      'Просрочено',
    ],
    yes: 'да',
    levels: { regional: 'региональный', municipal: 'муниципальный', school: 'образовательной организации' },
    controlPoints: 'Контрольные точки',
    mechanisms: 'Механизмы реализации',
  },
  home: {
    latestHeading: 'Последние изменения',
    latestRoadmaps: 'Последние дорожные карты',
    latestReports: 'Последние отчёты о выполнении',
    lastEntry: 'последняя запись',
  },
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, ссылка устарела.',
  toHome: 'На главную',
  exampleNotice: 'Это пример, а не настоящий документ.',
  exampleShort: 'пример',
  published: 'Опубликовано',
  updated: 'Обновлено',
  builtOn: (date: string) => `Страницы сформированы ${date}.`,
  signatureMark: 'Документ подписан простой электронной подписью',
  signatureFields: {
    signedAt: 'Дата и время подписания',
    signer: 'ФИО',
    position: 'Должность',
    key: 'Уникальный ключ',
  },
  attachedFile: 'Файл документа',
  /** The block of files of a roadmap on its page (src/components/RoadmapDocuments.astro), and its editions. */
  documents: {
    heading: 'Документ',
    signedOriginal: 'Подписанный оригинал',
    signed: 'подписан простой электронной подписью',
    sha256: 'SHA-256',
    /** The size is filled in by the build once the file is made (src/build/make-documents.ts). */
    pdf: 'Скачать документ (PDF',
    docx: 'Копия в Word (DOCX',
    xlsx: 'Копия в Excel (XLSX',
    generatedNote: 'Копии сделаны Картой из опубликованного текста; действует подписанный документ.',
  },
  editions: {
    heading: 'Редакции',
    current: 'Действующая редакция',
    edition: (date: string) => `редакция от ${date}`,
    expired: 'утратила силу',
    expiredEdition: (date: string) => `Редакция от ${date} (утратила силу)`,
    approvedBy: 'утверждена',
    changes: 'Что изменилось',
    changesTitle: (date: string) => `Что изменилось в редакции от ${date}`,
    openCurrent: 'Действующая редакция карты',
    expiredNotice: (date: string) => `Это редакция от ${date}: она утратила силу. Действует более поздняя редакция.`,
    comparedWith: (date: string) => `По сравнению с редакцией от ${date}.`,
    summary: {
      added: 'Добавлено',
      removed: 'Исключено',
      changed: 'Изменено',
      moved: 'Перенесено',
      unchanged: 'Без изменений',
    },
    itemsAdded: 'Добавленные пункты',
    itemsRemoved: 'Исключённые пункты',
    itemsChanged: 'Изменённые и перенесённые пункты',
    sectionsAdded: 'Добавленные разделы',
    sectionsRemoved: 'Исключённые разделы',
    sectionsRenamed: 'Переименованные разделы',
    period: 'Период действия изменён',
    title: 'Название изменено',
    orderText: 'Изменён текст приказа.',
    otherFields: 'Изменено также',
    moved: (from: string, to: string) => `перенесён: ${from} → ${to}`,
    none: 'Пункты мероприятий не изменились.',
    was: 'было',
    became: 'стало',
    itemsCount: (n: number) => `${n} ${plural(n, 'пункт', 'пункта', 'пунктов')}`,
    fields: {
      legalBasis: 'основания',
      goal: 'цель',
      tasks: 'задачи',
      indicators: 'целевые показатели',
      directions: 'направления',
      riskFactors: 'перечень факторов риска',
      audit: 'результаты входного аудита',
      specialists: 'ответственные специалисты',
      committees: 'составы',
      abbreviations: 'принятые сокращения',
      appendices: 'приложения',
      schools: 'школы',
      basedOn: 'основания (карты)',
      implements: 'Выполняет пункты',
    } as Record<string, string>,
  },
  breadcrumbsLabel: 'Вышестоящие организации',
  roadmapBreadcrumbsLabel: 'Чья дорожная карта: регион, муниципалитет, организация',
  head: 'Руководитель',
  fisOkoLogin: 'Логин ФИС ОКО',
  riskProfile: 'Рисковый профиль',
  noRiskProfile: 'Рисковый профиль не опубликован.',
  noRoadmaps: 'Дорожных карт пока нет.',
  roadmapsByLevel: 'Дорожные карты организации и вышестоящих уровней',
  roadmapsBelow: 'Дорожные карты организаций уровнем ниже',
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
    found: {
      one: 'По запросу «%q» найден %n результат.',
      few: 'По запросу «%q» найдено %n результата.',
      many: 'По запросу «%q» найдено %n результатов.',
    },
    filtersLegend: 'Уточнить',
    // Pagefind filters whole documents; the search page then keeps, under each document, the items that match.
    filtersNote:
      'Месяц, квартал и форма отбирают дорожные карты, в которых есть такие пункты; ' +
      'под картой показаны только эти пункты. Порядок «по сроку»: дорожные карты — ' +
      'по началу периода (страниц организаций в нём нет), пункты в карте — по сроку.',
    any: 'все',
    filters: {
      level: 'Уровень',
      region: 'Регион',
      municipality: 'Муниципалитет',
      organization: 'Организация',
      validity: 'Действие',
      year: 'Год',
      quarter: 'Квартал',
      month: 'Месяц',
      form: 'Форма',
      execution: 'Выполнение',
    },
    in: 'в документе',
    // %n is a number, filled in by the browser.
    moreItems: {
      one: 'Ещё %n пункт этого документа',
      few: 'Ещё %n пункта этого документа',
      many: 'Ещё %n пунктов этого документа',
    },
    more: 'Показать ещё',
    noMatchingItems: 'Слова запроса есть в этом документе, но не в пунктах с выбранными сроком и формой.',
    failed:
      'Поиск сейчас не работает: не удалось загрузить его файлы. ' +
      'Попробуйте ещё раз позже или откройте список всех дорожных карт.',
    sort: {
      label: 'Порядок',
      relevance: 'сначала самые подходящие',
      asc: 'по сроку: сначала ранние',
      desc: 'по сроку: сначала поздние',
    },
    // What a result is, and the labels of an item's fields (src/search/search-page.ts).
    kinds: { roadmap: 'Дорожная карта', item: 'Пункт дорожной карты', organization: 'Организация', term: 'Сокращение' },
    fields: { deadline: 'Срок', responsible: 'Ответственные', status: 'Выполнение' },
    // %s: the title of another site whose index the search page merges (site.yaml `searchSites`).
    site: 'сайт «%s»',
    siteFailed: 'Сайт «%s» не ответил: его документов в результатах нет.',
    siteWaiting: 'Сайт «%s» ещё не ответил: его документы добавятся к результатам, когда он ответит.',
    // Another site answered while the visitor was among the results: they are not replaced under them.
    othersAnswered: 'Ответил ещё один сайт, его документов в этих результатах пока нет.',
    searchAgain: 'Искать и на нём',
    // When nothing is found.
    didYouMean: 'Попробуйте:',
    withoutFilters: {
      one: 'Без уточнений найден %n результат.',
      few: 'Без уточнений найдено %n результата.',
      many: 'Без уточнений найдено %n результатов.',
    },
    clearFilters: 'Искать без уточнений',
    // A portal indexed in municipal bundles (src/search/searched-pages.ts).
    schoolsNotSearched:
      'Документы школ ищутся по муниципалитетам: выберите муниципалитет в «Уточнить», назовите его в запросе или',
    searchAllSchools: 'искать в документах всех школ',
  },
  /** Month names, nominative, for «март 2023» and headings. */
  months: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  monthsShort: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
  calendar: {
    title: 'Календарь сроков',
    organizationTitle: (name: string) => `Календарь сроков: ${name}`,
    asOf: 'По состоянию на',
    intro:
      'Что и когда сделать по дорожным картам, по месяцам: ' +
      'какие сроки истекают в месяце и какие работы в нём начинаются. ' +
      'Работа, которая идёт несколько месяцев, названа один раз — в месяце, когда начинается, с датой окончания, — ' +
      'и ещё раз в месяце, когда истекает её срок. Повторяющиеся сроки развёрнуты; ' +
      'срок приведён словами документа, а даты выведены из них. Каждая строка ведёт к пункту дорожной карты.',
    organizationIntro: 'Сроки дорожных карт организации и вышестоящих уровней.',
    portalIntro: 'Сроки дорожных карт верхнего уровня портала.',
    belowIntro:
      'По картам организаций ниже уровнем (муниципалитетов, школ) в каждом месяце указано только, ' +
      'сколько в них пунктов со сроком в этом месяце, со ссылкой на календарь организации.',
    roadmapsHeading: 'В календаре',
    monthsNav: 'Месяцы',
    currentMonth: 'текущий месяц',
    today: 'Сегодня',
    nothingThisMonth: 'В этом месяце сроков нет.',
    allPast: 'Все сроки этого календаря прошли; ниже — прошедшие месяцы, последние первыми.',
    pastLink: (n: number) => `Прошедшие месяцы (${n})`,
    pastSummary: (n: number) => `Прошедшие месяцы: ${n}`,
    dueOwn: 'Срок в этом месяце: что делает школа',
    higher: (n: number) => `По картам вышестоящих уровней: ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} — показать`,
    due: 'Срок в этом месяце',
    noneDue: 'Сроков, которые истекают в этом месяце, нет.',
    starting: (n: number) => `Начинаются в этом месяце, срок — позже (${n})`,
    continuing: (n: number) =>
      `Кроме того, ${plural(n, 'идёт', 'идут', 'идут')} ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')}, ` +
      `${plural(n, 'начатый', 'начатых', 'начатых')} раньше, со сроком позже: ` +
      `${plural(n, 'он назван', 'они названы', 'они названы')} в месяце, ` +
      `когда ${plural(n, 'начался', 'начались', 'начались')}.`,
    below: (items: number, organizations: number) =>
      `В дорожных картах организаций ниже уровнем (${organizations}): ` +
      `${items} ${plural(items, 'пункт', 'пункта', 'пунктов')} со сроком в этом месяце`,
    deadline: 'срок',
    responsible: 'ответственные',
    until: 'до',
    /** After a window the roadmap's period cut short: its deadline lies after the period. */
    afterPeriod: 'срок — после окончания периода карты',
    undated: (n: number) =>
      `Ещё ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} без фиксированной даты («по отдельному графику», ` +
      '«по мере необходимости» и т. п.) — они есть на страницах дорожных карт.',
    empty: 'Пунктов с датированными сроками нет.',
    addToCalendar: 'Добавить в календарь',
    icsNote: 'файл для календаря в телефоне или почте — формат iCalendar, .ics',
    portalIcsNote:
      'В файле — сроки тех же дорожных карт, что на этой странице; сроки каждой школы и каждого муниципалитета — ' +
      'в календаре на странице организации.',
    open: 'Календарь сроков',
    openOwner: 'Календарь сроков организации',
    soonHeading: 'Ближайшие сроки',
    nothingSoon:
      'В этом и следующем месяце сроков нет: ' +
      'периоды действующих дорожных карт закончились или сроки в них позже. Весь календарь — по ссылке ниже.',
    more: (n: number) => `и ещё ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} — в календаре`,
    ongoingCount: (n: number) =>
      `Кроме того, ${plural(n, 'идёт', 'идут', 'идут')} ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} ` +
      'с более поздним сроком.',
    whole: 'Весь календарь сроков',
    icsRoadmap: (title: string) => `Сроки: ${title}`,
    icsOrganization: (name: string) => `Сроки дорожных карт: ${name}`,
    icsPortal: (site: string) => `Сроки дорожных карт: ${site}`,
  },
  timeline: {
    heading: 'Сроки по месяцам',
    caption: 'Шкала времени: пункты дорожной карты по месяцам',
    legendDue: 'срок в этом месяце',
    legendOngoing: 'работа идёт, срок — позже',
    summary: (dated: number, months: number) =>
      `${dated} ${plural(dated, 'пункт', 'пункта', 'пунктов')} с датами в ${months} ` +
      `${plural(months, 'месяце', 'месяцах', 'месяцах')}; полоса месяца — сколько сроков в нём истекает (закрашено) ` +
      'и сколько работ идёт со сроком позже (контур). Числа — в таблице ниже.',
    table: 'Таблица: число пунктов по месяцам',
    columns: { month: 'Месяц', due: 'Срок в этом месяце', ongoing: 'Работа идёт, срок — позже' },
  },
  execution: {
    heading: 'Выполнение',
    column: 'Выполнение',
    statuses: {
      planned: 'запланировано',
      'in-progress': 'выполняется',
      done: 'выполнено',
      'not-done': 'не выполнено',
      cancelled: 'отменено',
    },
    /** What a reader sees of an item: a symbol and a word, never a colour alone. */
    categories: {
      done: ['✓', 'выполнено'],
      overdue: ['!', 'просрочено'],
      'not-done': ['✗', 'не выполнено'],
      'in-progress': ['◐', 'выполняется'],
      planned: ['○', 'запланировано'],
      undated: ['–', 'без срока'],
      cancelled: ['⊘', 'отменено'],
      untracked: ['', 'нет отчёта'],
    },
    summaryNames: {
      done: 'выполнено',
      overdue: 'просрочено',
      'not-done': 'не выполнено',
      'in-progress': 'выполняется',
      planned: 'запланировано',
      undated: 'без срока',
    },
    evidenceKinds: {
      protocol: 'протокол',
      order: 'приказ',
      certificate: 'справка',
      report: 'отчёт',
      plan: 'план',
      photo: 'фотоотчёт',
      link: 'ссылка',
      other: 'документ',
    },
    entryFrom: 'запись от',
    updated: 'Обновлено',
    history: (n: number) => `История: ${n} ${plural(n, 'запись', 'записи', 'записей')}`,
    reporter: 'Сообщил',
    evidence: 'Документы',
    noReport: 'Отчётов о выполнении этой дорожной карты нет: показан только план.',
    progressLabel: 'Выполнено пунктов',
    progressText: (done: number, items: number, pct: number) =>
      `Выполнено ${done} из ${items} ${plural(items, 'пункта', 'пунктов', 'пунктов')} (${pct} %).`,
    dueText: (due: number, doneOfDue: number, overdue: number) =>
      due
        ? `Срок наступил у ${due} ${plural(due, 'пункта', 'пунктов', 'пунктов')}: ` +
          `из них выполнено ${doneOfDue}, просрочено ${overdue}.`
        : 'Срок ещё не наступил ни у одного пункта.',
    /** A roadmap or an organisation whose items are all cancelled: no figure. */
    noItemsCounted: (cancelled: number) => `Пунктов, которые считаются, нет: все пункты отменены (${cancelled}).`,
    allCancelled: 'все пункты отменены',
    cancelledText: (n: number) => `Отменено ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')} — они не считаются.`,
    undatedText: (n: number) =>
      `Без срока и без записей ${n} ${plural(n, 'пункт', 'пункта', 'пунктов')}: ` +
      'они не бывают просрочены и учтены отдельно.',
    asOfLine: (date: string) => `По состоянию на ${date} (день сборки сайта).`,
    howCounted: 'Как считается',
    formula: [
      'Статус пункта — из последней по дате записи отчёта о нём.',
      'Каждый пункт — в одной группе, первой подходящей: отменено, просрочено, выполнено, не выполнено, выполняется, ' +
        'запланировано (с датами, записей нет), без срока (без дат, записей нет). Просрочено — раньше «выполнено»: ' +
        'повторяющийся пункт, выполненный в прошлом окне, без записи о последнем закончившемся окне просрочен.',
      'Выполнение = пункты группы «выполнено» / все пункты карты, кроме отменённых; процент — до целого, ' +
        'половина вверх. Пункты без дат считаются, но не бывают просрочены.',
      'Срок наступил, если закончилось хотя бы одно окно срока пункта (последний день окна — ещё в срок). ' +
        'Окно, обрезанное концом периода карты, не заканчивается: срок документа позже периода.',
      'Пункт просрочен, если срок наступил, а он не выполнен и не отменён. ' +
        'Повторяющийся пункт («ежемесячно», «в конце четверти») просрочен, если о последнем закончившемся окне ' +
        'нет записи (или есть только «не выполнено»).',
      'Просроченными бывают только пункты карт, по которым организация ведёт отчёт (есть файл отчёта): ' +
        'без отчёта ничего не утверждается.',
      'Выполнение муниципалитета — среднее выполнения его школ, региона — среднее выполнения его муниципалитетов: ' +
        'каждая школа (муниципалитет) весит одинаково, школы без отчётов не учитываются.',
      'Все числа есть в открытых данных (data/roadmaps.json, data/organizations.json) — их можно пересчитать.',
    ],
    implementsLabel: 'Выполняет',
    roadmapOf: (level: string, owner: string) => `${level} дорожная карта, ${owner}`,
    implementedBy: (n: number) => `Выполняется в ${n} ${plural(n, 'организации', 'организациях', 'организациях')}`,
    basedOnThis: 'Дорожные карты, основанные на этой',
    overdueHeading: 'Просрочено',
    dueSoonHeading: 'Срок в этом и следующем месяце',
    nothingOverdue: 'Просроченных пунктов нет.',
    nothingDueSoon: 'В этом и следующем месяце сроков нет.',
    latestHeading: 'Последние отчёты',
    dueOn: 'срок',
    higherItem: 'по карте уровня выше',
    monitoringLink: (name: string) => `Мониторинг выполнения по организациям: ${name}`,
    monitoringOnPortal: (what: string) =>
      `На этом сайте — не все ${what}: мониторинг выполнения и средний процент по всем — на общем портале.`,
    partWhat: { municipality: 'школы муниципалитета', region: 'муниципалитеты региона' },
    meanBelow: (pct: number, counted: number, what: string) =>
      `Среднее выполнение ${what}: ${pct} % (организаций с отчётами: ${counted}).`,
    meanWhat: { municipality: 'школ муниципалитета', region: 'муниципалитетов региона' },
    roadmapsProgress: 'Выполнение дорожных карт',
    responsibleHigher: 'пункт карты уровня выше, где организация названа ответственной',
    monitoring: 'Мониторинг выполнения',
    monitoringOf: (name: string) => `Мониторинг выполнения: ${name}`,
    monitoringIntro: (what: string) =>
      'По каждой организации: статус, выполнение её дорожных карт, ' +
      `число просроченных пунктов и дата последнего отчёта. ${what}`,
    monitoringSchools: 'Школы муниципалитета.',
    monitoringMunicipalities: 'Муниципалитеты региона; выполнение муниципалитета — среднее его школ.',
    monitoringColumns: {
      organization: 'Организация',
      status: 'Статус',
      progress: 'Выполнение',
      overdue: 'Просрочено',
      lastReport: 'Последний отчёт',
      counted: 'Школ с отчётами',
    },
    monitoringCsv: 'Эта таблица в формате CSV (для Excel)',
    monitoringCsvColumns: [
      'Идентификатор',
      'Организация',
      'Статус',
      'Выполнение, %',
      'Выполнено пунктов',
      'Пунктов',
      'Организаций с отчётами',
      'Просрочено',
      'Последний отчёт',
    ],
    monitoringTotal: (pct: number, counted: number, without: number, allCancelled: number) =>
      `Среднее выполнение: ${pct} % (по ${counted} ${plural(counted, 'организации', 'организациям', 'организациям')} ` +
      `с отчётами; без отчётов — ${without - allCancelled}` +
      `${allCancelled ? `; с отчётами, но все пункты отменены — ${allCancelled}` : ''}).`,
    monitoringNone: (without: number, allCancelled: number) =>
      allCancelled
        ? 'Среднее выполнение не считается: ' +
          `у ${allCancelled} ${plural(allCancelled, 'организации', 'организаций', 'организаций')} с отчётами ` +
          'все пункты отменены' +
          `${without > allCancelled ? `, у остальных (${without - allCancelled}) отчётов нет` : ''}.`
        : 'Отчётов о выполнении пока нет.',
    filterStatus: 'Статус',
    filterAll: 'все',
    sortBy: 'Порядок',
    sortName: 'по названию',
    sortProgress: 'по выполнению',
    sortOverdue: 'по числу просроченных',
    noData: 'нет отчёта',
    shownCount: 'Показано {n} из {all}',
  },
  /** The report form a school fills in Excel (`karta report-form`, docs/execution.md). */
  reportForm: {
    sheet: 'Отчёт',
    title: 'Отчёт о выполнении дорожной карты',
    labels: { roadmap: 'Дорожная карта', organization: 'Организация', sections: 'Разделы', reporter: 'Заполнил(а)' },
    allSections: 'все разделы карты',
    order: (date: string, number: string | undefined) => `приказ от ${date}${number ? ` № ${number}` : ''}`,
    period: (start: string, end: string) => `период ${start} — ${end}`,
    reporterPrompt: 'Фамилия, инициалы и должность того, кто заполнил форму (необязательно)',
    instructions: (madeOn: string, start: string, end: string) =>
      'Заполните жёлтые ячейки у тех пунктов, о которых сообщаете: статус (из списка) и дату, ' +
      `на которую он верен (ДД.ММ.ГГГГ, от ${start} до ${end}, не позже сегодняшнего дня); ` +
      'при желании — комментарий и документ: его название и ссылку https://… (вид — из списка, ' +
      'по умолчанию «ссылка»). Серые ячейки менять нельзя, строки не добавляйте и не удаляйте. ' +
      `Текущий статус — на ${madeOn}, день, когда создана форма. Заполненную форму прочитает команда karta report.`,
    columns: {
      anchor: 'Якорь пункта (служебный)',
      fingerprint: 'Отпечаток (служебный)',
      number: '№',
      title: 'Мероприятие',
      deadline: 'Срок',
      responsible: 'Ответственные',
      currentStatus: 'Текущий статус',
      lastDate: 'Последняя запись',
      status: 'Статус',
      date: 'Дата',
      comment: 'Комментарий',
      evidenceTitle: 'Документ: название',
      evidenceKind: 'Вид документа',
      evidenceUrl: 'Ссылка на документ',
    },
    noEntries: 'нет записей',
    statusPrompt: 'Выберите статус из списка',
    statusError: 'Выберите статус из списка: запланировано, выполняется, выполнено, не выполнено, отменено',
    datePrompt: (start: string, end: string) => `Дата, на которую верен статус: ДД.ММ.ГГГГ, от ${start} до ${end}`,
    dateError: (start: string, end: string) =>
      `Нужна дата в виде ДД.ММ.ГГГГ в периоде дорожной карты: от ${start} до ${end}`,
    kindPrompt: 'Вид документа по ссылке; если не выбран — «ссылка»',
    kindError: 'Выберите вид документа из списка',
    urlPrompt: 'Адрес документа: https://…',
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

/** The order that approved a roadmap, as its requisites name it: «Приказ УОН Сочи от 23.03.2023 № 411 «…»». */
export function orderLine(order: {
  issuer: { name: string; shortName?: string | null };
  date: string;
  number?: string | null;
  title: string;
}): string {
  return [
    ui.order,
    order.issuer.shortName ?? order.issuer.name,
    `${ui.orderFrom} ${formatDate(order.date)}`,
    order.number ? `${ui.orderNumber} ${order.number}` : undefined,
    `«${order.title}»`,
  ]
    .filter(Boolean)
    .join(' ');
}
