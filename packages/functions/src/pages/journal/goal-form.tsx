import { describeProjection } from "@coffeechat/core";
import { InputField } from "./input-field.tsx";
import type { JournalView } from "./journal-view.ts";
import { journalPaths } from "./paths.ts";

const FIELDS = [
  { name: "targetChats", label: "Chats in all", type: "number", min: 1 },
  { name: "byDate", label: "By", type: "date" },
  { name: "chatsPerWeek", label: "Chats a week", type: "number", min: 1 },
  { name: "outreachPerDay", label: "Outreach a day", type: "number", min: 1 },
] as const;

/**
 * "Set a goal of 50 coffee chats by a date, with sub-goals per week and per day; calculate how long
 * it takes; if too long, adjust the sub-goals upward." Show the projection (a GET) works the numbers
 * out without saving, so a seeker can try paces before committing to one.
 */
export function GoalForm({ view }: { view: JournalView }) {
  const { summary } = view;
  const { values, errors } = view.goalForm;
  const current = summary.goal;
  const valueOf = (name: (typeof FIELDS)[number]["name"]) => values[name] ?? (current ? String(current[name]) : name === "targetChats" ? "50" : "");
  const { preview } = view.goalForm;
  const shown = preview ? { ...summary, ...preview } : summary;
  const sentence = describeProjection(shown);
  return (
    <section class="card" aria-labelledby="goal-title" id="goal">
      <h2 id="goal-title">Your goal</h2>
      <form method="post" action={journalPaths(view.base).goal}>
        <div class="fields">
          {FIELDS.map((f) => (
            <InputField
              id={`goal-${f.name}`}
              name={f.name}
              label={f.label}
              errors={errors}
              attrs={{
                type: f.type,
                required: true,
                value: valueOf(f.name),
                ...(f.type === "number" ? { min: f.min, step: 1, inputmode: "numeric" } : { min: summary.today }),
              }}
            />
          ))}
        </div>
        {sentence ? (
          <p role="status">
            {preview ? <span class="muted">With these numbers: </span> : null}
            <strong>{sentence}</strong>
          </p>
        ) : null}
        <p class="nav" style="justify-content:flex-start">
          <button class="btn secondary" type="submit" formmethod="get" formaction={`${view.base}#goal`} name="preview" value="1">
            Show the projection
          </button>
          <button class="btn" type="submit">Save the goal</button>
        </p>
      </form>
    </section>
  );
}
