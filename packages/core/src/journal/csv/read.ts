import { CsvError, parse } from "csv-parse/sync";
import { DomainError, invalidInput } from "../../model/index.ts";

/** What an import accepts: a few thousand connections fit many times over. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
/** One row of a contacts file is well under this; a longer one is a broken file, not a person. */
const MAX_RECORD_CHARS = 20_000;

export interface CsvRow {
  /** The line the row ends on, 1 for the first line of the file. */
  line: number;
  cells: string[];
}

const fileIssue = (message: string) => invalidInput([{ path: "file", message }]);

/** The file's text: UTF-8, with or without a byte-order mark; anything else is refused by name. */
export function decodeCsv(file: Uint8Array | string): string {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file).length : file.byteLength;
  if (bytes > MAX_IMPORT_BYTES) {
    throw new DomainError("TOO_LARGE", `file: ${megabytes(bytes)} is more than the ${megabytes(MAX_IMPORT_BYTES)} an import takes`, {
      issues: [{ path: "file", message: `must be at most ${megabytes(MAX_IMPORT_BYTES)}` }],
    });
  }
  if (typeof file === "string") return file;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file);
  } catch {
    throw fileIssue("is not UTF-8 text: save it as \"CSV UTF-8\" and try again");
  }
}

/**
 * Every row of the file, or one clear error naming the line: the parse is all or nothing, so a
 * broken file never becomes half an import. Quoting must be right (a quote inside a field is
 * doubled, a quoted field is closed); rows may differ in length here, the caller checks them.
 */
export function readCsv(text: string): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    if (e instanceof CsvError) throw fileIssue(explain(e));
    throw e;
  }
  return records.map(({ record, info }) => ({ line: info.lines, cells: record }));
}

function explain(e: CsvError): string {
  const line = typeof e["lines"] === "number" ? e["lines"] : undefined;
  const at = line === undefined ? "" : ` (line ${line})`;
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `has a quoted field that is never closed${at}: every opening " needs a closing one`;
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return `has a quote in the middle of a field${at}: put the whole field in quotes and double the quotes inside it ("")`;
    case "CSV_MAX_RECORD_SIZE":
      return `has a row longer than ${MAX_RECORD_CHARS.toLocaleString("en-US")} characters${at}`;
    default:
      return `could not be read as CSV${at}: ${e.message}`;
  }
}

/**
 * Comma, semicolon (Excel in much of Europe) or tab, whichever the header line uses most. The
 * header is the first line naming a "name" column; LinkedIn's notes above it do not count.
 */
function sniffDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 50).find((line) => /name/i.test(line) && !/^\s*"/.test(line)) ?? "";
  const count = (d: string) => header.split(d).length - 1;
  return [",", ";", "\t"].reduce((best, d) => (count(d) > count(best) ? d : best), ",");
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
