// Every piece of text the site's interface shows, in one place (Russian).
export const ui = {
  siteTitle: 'Дорожные карты ШНОР',
  siteDescription: 'Дорожные карты по работе со школами с низкими образовательными результатами и профилактике учебной неуспешности',
  skipToContent: 'Перейти к содержанию',
  navHome: 'Главная',
  navRoadmaps: 'Дорожные карты',
  navGlossary: 'Сокращения',
  navOpenData: 'Открытые данные',
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
  auditColumns: { code: 'Код параметра', factor: 'Фактор риска', parameter: 'Параметр', schools: 'Школы, в работе которых проявляется фактор' },
  specialistColumns: { name: 'ФИО', position: 'Место работы и должность', responsibility: 'Направление' },
  itemsCount: (n: number) => `${n} ${plural(n, 'мероприятие', 'мероприятия', 'мероприятий')}`,
  allRoadmaps: 'Все дорожные карты',
  roadmapsOf: 'Дорожные карты',
  organizationsHeading: 'Организации',
  people: 'Ответственные лица',
  glossaryTitle: 'Сокращения и термины',
  glossaryIntro: 'Что означают сокращения, которые встречаются в дорожных картах.',
  openDataLink: 'Данные в формате JSON',
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'Такой страницы нет. Возможно, ссылка устарела.',
  toHome: 'На главную',
  exampleNotice: 'Это пример, а не настоящий документ.',
  published: 'Опубликовано',
  updated: 'Обновлено',
} as const;

export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** 2023-03-06 → 06.03.2023, the way Russian documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
