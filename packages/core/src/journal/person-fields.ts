/** Longest accepted value of each text field of a person; the API schemas read the same numbers. */
export const PERSON_LIMITS = {
  name: 200,
  email: 254,
  link: 500,
  organization: 200,
  role: 200,
  howWeKnow: 300,
  introducedBy: 200,
  notes: 2000,
} as const;

export type PersonTextField = keyof typeof PERSON_LIMITS;

/** Fields kept on one line: a line break or control character in them is a copy-paste accident. */
const SINGLE_LINE: readonly PersonTextField[] = ["name", "email", "link", "organization", "role", "howWeKnow", "introducedBy"];

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(\.[^\s@<>()[\]\\,;:".]+)+$/;

export const isEmail = (text: string) => text.length <= PERSON_LIMITS.email && EMAIL.test(text);

export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** "www.linkedin.com/in/x" as people copy it from the address bar becomes a link that opens. */
export const withScheme = (link: string) => (/^[a-z][a-z0-9+.-]*:/i.test(link) ? link : `https://${link}`);

/** What is wrong with one text field of a person, or undefined; `label` names it in the message. */
export function personFieldIssue(field: PersonTextField, value: string, label: string = field): string | undefined {
  if (value.length > PERSON_LIMITS[field]) return `${label} must be at most ${PERSON_LIMITS[field]} characters`;
  if (SINGLE_LINE.includes(field) ? /[\r\n\t]|[\u0000-\u001f\u007f]/.test(value) : CONTROL.test(value)) {
    return `${label} must be ${SINGLE_LINE.includes(field) ? "a single line of " : ""}plain text`;
  }
  if (field === "email" && value && !isEmail(value)) return `${label} "${value}" is not an email address`;
  if (field === "link" && value && !isWebLink(value)) return `${label} "${value}" is not a web link (http or https)`;
  return undefined;
}
