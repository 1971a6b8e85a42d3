export type FieldErrors = Partial<Record<string, string>>;

/** Marks a field with an error for screen readers and ties it to the message. */
export const invalid = (errors: FieldErrors, field: string) =>
  errors[field] ? { "aria-invalid": "true", "aria-describedby": `${field}-error` } : {};

/** The message under a field, with the id `invalid` points at. */
export function Err({ errors, field }: { errors: FieldErrors; field: string }) {
  const message = errors[field];
  return message ? <p class="error" id={`${field}-error`}>{message}</p> : null;
}
