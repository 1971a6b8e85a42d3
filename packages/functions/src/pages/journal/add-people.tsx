import { PERSON_LIMITS } from "@coffeechat/core";
import { Err, invalid } from "../form-errors.tsx";
import { InputField } from "./input-field.tsx";
import type { JournalView } from "./journal-view.ts";
import { journalPaths } from "./paths.ts";

const FIELDS = [
  { name: "name", label: "Name", type: "text", required: true },
  { name: "email", label: "Email (optional)", type: "email" },
  { name: "link", label: "LinkedIn or web page (optional)", type: "url" },
  { name: "organization", label: "Organization (optional)", type: "text" },
  { name: "role", label: "Role (optional)", type: "text" },
  { name: "howWeKnow", label: "How you know them (optional)", type: "text", placeholder: "Former colleague, a friend's sister…" },
  { name: "introducedBy", label: "Introduced by (optional)", type: "text" },
] as const;

/** Adding one person by hand, and bringing a whole network from a CSV; the export next to them. */
export function AddPeople({ view }: { view: JournalView }) {
  const paths = journalPaths(view.base);
  const { values, errors } = view.personForm;
  const open = Object.keys(errors).length > 0;
  return (
    <section class="card" aria-labelledby="add">
      <h2 id="add">Add people</h2>
      <p class="muted">
        Start with people who already know you — friends, former colleagues, teachers — then the people they suggest.
      </p>
      <details {...(open ? { open: true } : {})}>
        <summary>Add a person</summary>
        <form method="post" action={paths.people}>
          <div class="fields">
            {FIELDS.map((f) => (
              <InputField
                id={`person-${f.name}`}
                name={f.name}
                label={f.label}
                errors={errors}
                attrs={{
                  type: f.type,
                  maxlength: PERSON_LIMITS[f.name],
                  value: values[f.name] ?? "",
                  ...("required" in f ? { required: true } : {}),
                  ...("placeholder" in f ? { placeholder: f.placeholder } : {}),
                }}
              />
            ))}
          </div>
          <label for="person-notes">Notes (optional)</label>
          <textarea id="person-notes" name="notes" maxlength={PERSON_LIMITS.notes} {...invalid(errors, "notes")}>{values["notes"] ?? ""}</textarea>
          <Err errors={errors} field="notes" />
          <p>
            <button class="btn" type="submit">Add to my people</button>
          </p>
        </form>
      </details>
      <details>
        <summary>Import a CSV</summary>
        <form method="post" action={paths.import} enctype="multipart/form-data">
          <label for="import-file">LinkedIn's Connections.csv, or any CSV with a name column (and email, link…)</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
          <p class="muted">
            On LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. People already here are left out;
            up to 5,000 rows, 2 MB.
          </p>
          <p>
            <button class="btn" type="submit">Import</button>
          </p>
        </form>
      </details>
      <p>
        <a href={paths.export} download="coffeechat-journal.csv">Download everything as CSV</a>
      </p>
    </section>
  );
}
