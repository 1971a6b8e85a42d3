/** What a person typed into the booking form, kept to fill the form again after an error. */
export interface FormValues {
  start?: string;
  name?: string;
  email?: string;
  background?: string;
  purpose?: string;
  foundVia?: string;
  links?: string;
  format?: string;
  bankQuestions: string[];
  ownQuestions?: string;
  notAJob?: boolean;
  website?: string;
  /** The form's submission key (see submitRequest). */
  submission?: string;
}

export type { FieldErrors } from "../form-errors.tsx";

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Reads the form body (urlencoded or multipart) as Hono's parseBody({ all: true }) returns it. */
export function readForm(body: Record<string, unknown>): FormValues {
  const bank = body["bankQuestions"];
  const bankQuestions = (Array.isArray(bank) ? bank : bank === undefined ? [] : [bank]).filter(
    (q): q is string => typeof q === "string",
  );
  const values: FormValues = { bankQuestions, notAJob: body["notAJob"] === "yes" };
  for (const key of ["start", "name", "email", "background", "purpose", "foundVia", "links", "format", "ownQuestions", "website", "submission"] as const) {
    const v = str(body[key]);
    if (v !== undefined) values[key] = v;
  }
  return values;
}

/** The JSON the API takes, built from the form, so the page and the API validate with one schema. */
export function toApiBody(values: FormValues, timeZone: string) {
  return {
    start: values.start ?? "",
    name: values.name ?? "",
    email: values.email ?? "",
    timeZone,
    background: values.background ?? "",
    purpose: values.purpose ?? "",
    questions: [...values.bankQuestions, ...lines(values.ownQuestions)],
    format: values.format ?? "",
    ...(values.foundVia?.trim() ? { foundVia: values.foundVia } : {}),
    links: lines(values.links),
    ...(values.website ? { website: values.website } : {}),
  };
}

/** API issue paths ("questions.2", "links.0") mapped to the form field that shows them. */
export function fieldOf(path: string): string {
  const head = path.split(".")[0] ?? path;
  if (head === "questions") return "questions";
  return head;
}
