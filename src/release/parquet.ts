import { parse } from "csv-parse/sync";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { FieldType, Table } from "./tables.ts";

const PARQUET = {
  string: "STRING",
  integer: "INT32",
  number: "DOUBLE",
  boolean: "BOOLEAN",
  datetime: "TIMESTAMP",
} as const;

/** The type of a column: the table's declaration, or a string. */
export const typeOf = (table: Table, column: string): FieldType => table.types[column] ?? "string";

/**
 * One CSV cell as its column's type; an empty cell is null (CSV cannot tell an empty
 * string from a missing value, so the release treats both as missing). A cell that does
 * not fit its declared type throws: a release never writes a value it cannot type.
 */
export function typedCell(
  type: FieldType,
  cell: string,
  where: string,
): string | number | boolean | Date | null {
  if (cell === "") return null;
  const fail = () => {
    throw new Error(`${where}: ${JSON.stringify(cell)} is not a ${type}`);
  };
  switch (type) {
    case "integer":
      return /^-?\d+$/.test(cell) && Math.abs(Number(cell)) < 2 ** 31 ? Number(cell) : fail();
    case "number":
      return Number.isFinite(Number(cell)) ? Number(cell) : fail();
    case "boolean":
      return cell === "true" ? true : cell === "false" ? false : fail();
    case "datetime":
      return Number.isNaN(Date.parse(cell)) ? fail() : new Date(cell);
    default:
      return cell;
  }
}

/** The header and rows of a CSV export, as the API wrote it. */
export function readCsv(csv: string): { columns: string[]; rows: string[][] } {
  const [columns = [], ...rows] = parse(csv, { bom: true, relax_column_count: false }) as string[][];
  return { columns, rows };
}

/**
 * The CSV's columns, typed, as one Parquet file (one row group per 10,000 rows), and
 * the column names (the Table Schema's fields).
 */
export function csvToParquet(table: Table, csv: string): { parquet: ArrayBuffer; columns: string[] } {
  const { columns, rows } = readCsv(csv);
  const parquet = parquetWriteBuffer({
    columnData: columns.map((name, i) => {
      const type = typeOf(table, name);
      return {
        name,
        type: PARQUET[type],
        data: rows.map((row, r) => typedCell(type, row[i] ?? "", `${table.name} row ${r + 1} ${name}`)),
      };
    }),
    rowGroupSize: 10_000,
  });
  return { parquet, columns };
}
