// The part of xlsx-populate (which has no types of its own) the report-form tests use to fill a form in, as a person
// would in Excel: open the workbook, type into cells, save.
declare module 'xlsx-populate' {
  interface Cell {
    value(): unknown;
    value(value: string | number | boolean | Date | null): Cell;
    style(name: string, value: unknown): Cell;
  }
  interface Row {
    cell(column: number | string): Cell;
  }
  interface UsedRange {
    value(): unknown[][];
  }
  interface Sheet {
    name(): string;
    cell(address: string): Cell;
    cell(row: number, column: number): Cell;
    row(row: number): Row;
    usedRange(): UsedRange | undefined;
  }
  interface Workbook {
    sheet(name: string | number): Sheet;
    sheets(): Sheet[];
    outputAsync(): Promise<Uint8Array>;
  }
  const XlsxPopulate: {
    fromDataAsync(data: Uint8Array | ArrayBuffer): Promise<Workbook>;
    dateToNumber(date: Date): number;
  };
  export default XlsxPopulate;
}
