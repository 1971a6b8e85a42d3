import type { Child } from "hono/jsx";

/** Field name → the message shown under it; the form is drawn again with what was typed. */
export type Errors = Partial<Record<string, string>>;

/** Marks a control as invalid for screen readers and ties it to its message. */
export const invalid = (errors: Errors, field: string) =>
  errors[field] ? { "aria-invalid": "true" as const, "aria-describedby": `${field}-error` } : {};

export function Err({ errors, field }: { errors: Errors; field: string }) {
  const message = errors[field];
  return message ? <p class="error" id={`${field}-error`}>{message}</p> : null;
}

/** A banner above a form: what went wrong as a whole, read out when the page loads. */
export function FormBanner({ text, kind = "error" }: { text?: string | undefined; kind?: "error" | "ok" | "warn" }) {
  if (!text) return null;
  return (
    <div class={`banner ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {text}
    </div>
  );
}

export function Hint({ children }: { children: Child }) {
  return <p class="muted hint">{children}</p>;
}

/** Issue paths from the API ("weeklyHours.1.0.start") to the form field that shows them. */
export function errorsFrom(issues: { path: string; message: string }[] | undefined, fieldOf: (path: string) => string = (p) => p) {
  const errors: Errors = {};
  for (const issue of issues ?? []) errors[fieldOf(issue.path)] ??= issue.message;
  return errors;
}
