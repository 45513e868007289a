// A roadmap as a Word document (DOCX, with the `docx` library): the title as a heading, the requisites, then each
// table with its header row repeated on every page and the sections as rows merged across it; landscape when the
// table is wide. The document's language is Russian and its title is in its properties.
import {
  Document,
  HeadingLevel,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { coreDate, withZipDates } from './fixed-dates.ts';
import { escapeHtml } from '../html/html.ts';
import type { OfficeLayout } from './office-layout.ts';

const lines = (text: string, bold = false) =>
  text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));

export async function roadmapDocx(layout: OfficeLayout): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(layout.title)] }),
    ...layout.requisites.flatMap((r) => lines(r)),
  ];
  for (const spec of layout.tables) {
    if (spec.caption)
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(spec.caption)] }));
    const width = spec.header.length;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: spec.header.map((h) => new TableCell({ children: lines(h, true) })),
          }),
          ...spec.rows.map((row) =>
            'section' in row
              ? new TableRow({
                  cantSplit: true,
                  children: [new TableCell({ columnSpan: width, children: lines(row.section, true) })],
                })
              : new TableRow({ children: row.cells.map((text) => new TableCell({ children: lines(text) })) }),
          ),
        ],
      }),
      new Paragraph(''),
    );
  }
  const doc = new Document({
    title: layout.title,
    creator: 'Карта',
    styles: { default: { document: { run: { language: { value: 'ru-RU' }, font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        properties: {
          page: { size: { orientation: layout.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } },
        },
        children,
      },
    ],
  });
  // The core properties as the library writes them, but dated the day of the order (fixed-dates.ts).
  const core = { path: 'docProps/core.xml', data: coreProperties(layout.title, coreDate(layout.date)) };
  return withZipDates(new Uint8Array(await Packer.toBuffer(doc, false, [core])), layout.date);
}

const coreProperties = (title: string, date: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties ' +
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escapeHtml(title)}</dc:title><dc:creator>Карта</dc:creator>` +
  '<cp:lastModifiedBy>Карта</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
