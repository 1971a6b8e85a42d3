import { DomainError, invalidInput, type Issue } from "../../model/index.ts";
import { KnownPeople, identityOf } from "../identity.ts";
import { personFieldIssue, withScheme, type PersonTextField } from "../person-fields.ts";
import { PERSON_STATUSES, type Person, type PersonStatus } from "../types.ts";
import { columnsOf, isLinkedIn, type Columns } from "./columns.ts";
import { unneutralise } from "./export.ts";
import { decodeCsv, MAX_IMPORT_ROWS, readCsv, type CsvRow } from "./read.ts";

export interface ImportResult {
  format: "linkedin" | "plain";
  /** The people to add, new ids given, in the file's order. */
  people: Person[];
  imported: number;
  /** Rows left out: already known, twice in the file, without a name, or not a person (an export's outreach rows). */
  skipped: number;
}

/** The header is within the first rows; LinkedIn puts a few lines of notes above it. */
const HEADER_SEARCH_ROWS = 10;
/** Enough to fix a file in one go without an answer the size of the file. */
const MAX_ISSUES = 20;

/**
 * People from a LinkedIn Connections.csv or a plain CSV with a header naming at least a name column,
 * de-duplicated against `existing` and within the file (see identity.ts). All or nothing: any row
 * that cannot be taken as it is makes the whole import fail with every such line named (up to
 * MAX_ISSUES), so nothing is half-imported. Throws TOO_LARGE past MAX_IMPORT_BYTES or MAX_IMPORT_ROWS.
 */
export function importPeople(file: Uint8Array | string, existing: readonly Person[], newId: () => string): ImportResult {
  const rows = readCsv(decodeCsv(file));
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => columnsOf(r.cells) !== undefined);
  if (headerAt === -1) {
    throw invalidInput([
      { path: "file", message: "has no header row naming the columns: expected LinkedIn's Connections.csv or a first line such as name,email,link" },
    ]);
  }
  const header = rows[headerAt]!;
  const columns = columnsOf(header.cells)!;
  const data = rows.slice(headerAt + 1);
  if (data.length > MAX_IMPORT_ROWS) {
    throw new DomainError("TOO_LARGE", `file: ${data.length} rows is more than the ${MAX_IMPORT_ROWS} an import takes`, {
      issues: [{ path: "file", message: `must have at most ${MAX_IMPORT_ROWS} rows` }],
    });
  }

  const linkedIn = isLinkedIn(columns);
  const known = new KnownPeople(existing);
  const issues: Issue[] = [];
  const people: Person[] = [];
  let skipped = 0;
  for (const row of data) {
    const read = personOfRow(row, header, columns, linkedIn);
    if ("problems" in read) {
      issues.push(...read.problems.map((message) => ({ path: "file", message: `line ${row.line}: ${message}` })));
      if (issues.length >= MAX_ISSUES) break;
      continue;
    }
    const who = read.person && identityOf(read.person);
    if (!read.person || !who || known.has(who)) {
      skipped++;
      continue;
    }
    known.add(who);
    people.push({ id: newId(), ...read.person });
  }
  if (issues.length) throw invalidInput(issues.slice(0, MAX_ISSUES));
  return { format: linkedIn ? "linkedin" : "plain", people, imported: people.length, skipped };
}

type RowRead = { person?: Omit<Person, "id"> } | { problems: string[] };

function personOfRow(row: CsvRow, header: CsvRow, columns: Columns, linkedIn: boolean): RowRead {
  const extra = row.cells.slice(header.cells.length);
  if (extra.some((c) => c.trim() !== "")) {
    return { problems: [`has ${row.cells.length} fields, the header has ${header.cells.length}: is a comma inside a field missing its quotes?`] };
  }
  const cell = (key: keyof Columns) => {
    const i = columns[key];
    return i === undefined ? "" : unneutralise((row.cells[i] ?? "").trim());
  };
  if (columns.record !== undefined && cell("record").toLowerCase() !== "person") return {};
  const name = cell("name") || [cell("firstName"), cell("lastName")].filter(Boolean).join(" ");
  if (!name) return {};

  const connectedOn = cell("connectedOn");
  const values: Partial<Record<PersonTextField, string>> = {
    name,
    email: cell("email"),
    link: cell("link") && withScheme(cell("link")),
    organization: cell("organization"),
    role: cell("role"),
    howWeKnow: cell("howWeKnow") || (linkedIn ? `LinkedIn connection${connectedOn ? ` since ${connectedOn}` : ""}` : ""),
    introducedBy: cell("introducedBy"),
    notes: cell("notes"),
  };
  const problems: string[] = [];
  const person: Omit<Person, "id"> = { name, status: statusOf(cell("status")) };
  for (const [field, value] of Object.entries(values) as [PersonTextField, string][]) {
    if (!value) continue;
    const label = header.cells[columns[field] ?? -1]?.trim() || field;
    const problem = personFieldIssue(field, value, label);
    if (problem) problems.push(problem);
    else person[field] = value;
  }
  return problems.length ? { problems } : { person };
}

/** A status the journal's own export wrote; anyone else's file starts everyone at to_contact. */
const statusOf = (text: string): PersonStatus => {
  const status = text.toLowerCase().replace(/[\s-]+/g, "_");
  return (PERSON_STATUSES as readonly string[]).includes(status) ? (status as PersonStatus) : "to_contact";
};
