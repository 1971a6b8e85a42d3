import type { PersonTextField } from "../person-fields.ts";

/** A column the importer understands; everything else in a file is ignored. */
export type ColumnKey = PersonTextField | "firstName" | "lastName" | "connectedOn" | "status" | "record";

/**
 * Header names as people and tools write them, compared lower-case with anything but letters and
 * digits removed ("E-mail Address" is "emailaddress"). LinkedIn's Connections.csv header is
 * First Name,Last Name,URL,Email Address,Company,Position,Connected On; the journal's own export
 * uses the labels in EXPORT_HEADERS, so an export imports back.
 */
const ALIASES: Record<ColumnKey, readonly string[]> = {
  name: ["name", "fullname", "contact", "contactname", "person"],
  firstName: ["firstname", "givenname"],
  lastName: ["lastname", "surname", "familyname"],
  email: ["email", "emailaddress", "mail"],
  link: ["link", "url", "linkedin", "linkedinurl", "profile", "profileurl", "website"],
  organization: ["company", "organization", "organisation", "employer"],
  role: ["position", "role", "title", "jobtitle"],
  howWeKnow: ["howweknowthem", "howweknow", "howyouknowthem", "context"],
  introducedBy: ["introducedby", "referredby"],
  notes: ["notes", "note", "comments"],
  connectedOn: ["connectedon"],
  status: ["status"],
  record: ["record"],
};

export type Columns = Partial<Record<ColumnKey, number>>;

const normal = (cell: string) => cell.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The columns a header row names, or undefined when it names no person (so it is not a header). */
export function columnsOf(header: readonly string[]): Columns | undefined {
  const columns: Columns = {};
  header.forEach((cell, i) => {
    const key = (Object.keys(ALIASES) as ColumnKey[]).find((k) => ALIASES[k].includes(normal(cell)));
    if (key && columns[key] === undefined) columns[key] = i;
  });
  const named = columns.name !== undefined || (columns.firstName !== undefined && columns.lastName !== undefined);
  return named ? columns : undefined;
}

/** LinkedIn's export, told apart by the column only it has. */
export const isLinkedIn = (columns: Columns) => columns.connectedOn !== undefined && columns.firstName !== undefined;
