import { Err, invalid, type FieldErrors } from "../form-errors.tsx";

/** A labelled input with its error message, marked for screen readers when it has one. */
export function InputField(p: { id: string; name: string; label: string; errors: FieldErrors; attrs: Record<string, string | number | boolean> }) {
  return (
    <div>
      <label for={p.id}>{p.label}</label>
      <input id={p.id} name={p.name} {...p.attrs} {...invalid(p.errors, p.name)} />
      <Err errors={p.errors} field={p.name} />
    </div>
  );
}
