import { Hono, type Context } from "hono";
import {
  addLoggedChat,
  addOutreach,
  addPerson,
  DomainError,
  exportJournal,
  importJournalCsv,
  journalSummary,
  PERSON_STATUSES,
  setDigest,
  setGoal,
  thankPerson,
  updatePerson,
  type Goal,
  type ImportResult,
  type PersonStatus,
} from "@coffeechat/core";
import type { AppDeps } from "../../deps.ts";
import { requireAccount, type AccountEnv } from "../../http/auth.ts";
import type { ZodError } from "zod";
import { statusOf } from "../../http/errors.ts";
import { validationHook } from "../../api/validation-hook.ts";
import { csvDownload } from "../../api/journal/csv-download.ts";
import { toDigestSettings } from "../../api/journal/digest-input.ts";
import { readCapped } from "../../api/journal/capped-body.ts";
import { toPersonInput } from "../../api/journal/person-input.ts";
import { seekerOf } from "../../api/journal/seeker.ts";
import { DigestBody, GoalBody, LoggedChatBody, OutreachBody, PersonBody, PersonParams, StatusChangeBody } from "../../api/journal-schemas.ts";
import type { FieldErrors } from "../form-errors.tsx";
import { goalFormState } from "./goal-preview.ts";
import { JournalPage } from "./journal-page.tsx";
import { journalPaths } from "./paths.ts";
import type { FormText, JournalView } from "./journal-view.ts";

const BASE = "/journal";
const paths = journalPaths(BASE);
const PEOPLE_SHOWN = 50;

/** What a successful form says on the page it redirects to (?saved=…). */
const SAVED: Record<string, string> = {
  person: "Added to your journal.",
  status: "Status changed.",
  thanked: "Marked as thanked.",
  outreach: "Outreach logged.",
  chat: "Chat logged.",
  goal: "Goal saved.",
  digest: "Weekly email settings saved.",
};

/** How many an import added and skipped, carried to the page it redirects to. */
const importCounts = (r: ImportResult) => `&imported=${r.imported}&skipped=${r.skipped}`;

function importedText(query: Record<string, string>): string {
  const count = (v: string | undefined) => (v !== undefined && /^\d{1,6}$/.test(v) ? Number(v) : 0);
  const [imported, skipped] = [count(query["imported"]), count(query["skipped"])];
  const people = `Imported ${imported} ${imported === 1 ? "person" : "people"}`;
  return skipped ? `${people}; skipped ${skipped} (already in your journal, or without a name).` : `${people}.`;
}

type Failed = { form: "goal" | "person" | "outreach" | "banner"; values: FormText; error: DomainError };

/** The journal page and its forms: each form runs the API's use case and redirects back, or shows the page again with the errors. */
export function journalPageRoutes(deps: AppDeps) {
  const pages = new Hono<AccountEnv>();
  pages.use(BASE, requireAccount(deps));
  pages.use(`${BASE}/*`, requireAccount(deps));

  const seeker = (c: Context<AccountEnv>) => seekerOf(c.get("account"));

  async function render(c: Context<AccountEnv>, failed?: Failed) {
    const account = c.get("account");
    const now = deps.clock();
    const summary = await journalSummary(deps, seeker(c), now);
    const query = c.req.query();
    const errorsOf = (form: Failed["form"]): FieldErrors => {
      if (failed?.form !== form) return {};
      const errors: FieldErrors = {};
      for (const issue of failed.error.details.issues ?? []) errors[issue.path.split(".").pop() ?? issue.path] ??= issue.message;
      return errors;
    };
    const valuesOf = (form: Failed["form"]) => (failed?.form === form ? failed.values : {});
    const status = PERSON_STATUSES.find((s) => s === query["status"]);
    const goalForm =
      failed?.form === "goal"
        ? { values: failed.values, errors: errorsOf("goal") }
        : query["preview"] !== undefined
          ? goalFormState(query, summary)
          : { values: {}, errors: {} };
    const saved = query["saved"] === "import" ? importedText(query) : query["saved"] !== undefined ? SAVED[query["saved"]] : undefined;
    const view: JournalView = {
      base: BASE,
      seekerName: account.name || account.email,
      timeZone: account.timeZone,
      summary,
      people: summary.data.people,
      ...(summary.stored.digest ? { digest: summary.stored.digest } : {}),
      chats: { list: summary.data.chats, now },
      ...(failed ? { banner: { kind: "error" as const, text: failed.error.message } } : saved ? { banner: { kind: "ok" as const, text: saved } } : {}),
      ...(status ? { statusFilter: status as PersonStatus } : {}),
      peopleLimit: query["all"] !== undefined ? Number.MAX_SAFE_INTEGER : PEOPLE_SHOWN,
      ...(query["log"] ? { logPersonId: query["log"] } : {}),
      goalForm,
      personForm: { values: valuesOf("person"), errors: errorsOf("person") },
      outreachForm: { values: valuesOf("outreach"), errors: errorsOf("outreach") },
    };
    return c.html(<JournalPage view={view} />, failed ? statusOf(failed.error) : 200);
  }

  /** Runs a form's use case: on success back to the page (303); on a user's mistake the page again with the reasons. */
  const form =
    (kind: string, which: Failed["form"], run: (c: Context<AccountEnv>, body: Record<string, unknown>) => Promise<unknown>) =>
    async (c: Context<AccountEnv>) => {
      const body = kind === "import" ? {} : await c.req.parseBody();
      let done: unknown;
      try {
        done = await run(c, body);
      } catch (e) {
        if (!(e instanceof DomainError) || statusOf(e) >= 500) throw e;
        const values = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
        return render(c, { form: which, values, error: e });
      }
      const counts = kind === "import" ? importCounts(done as ImportResult) : "";
      return c.redirect(`${BASE}?saved=${kind}${counts}`, 303);
    };

  /** The API's schemas and its hook: the same reasons, field by field, as the API gives. */
  const parse = <T,>(schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: ZodError } }, v: unknown): T => {
    const r = schema.safeParse(v);
    validationHook(r);
    return r.data as T;
  };

  pages.get(BASE, (c) => render(c));

  pages.get(paths.export, async (c) => {
    return csvDownload(c, await exportJournal(deps, seeker(c), deps.clock()));
  });

  pages.post(paths.people, form("person", "person", (c, body) => addPerson(deps, seeker(c), toPersonInput(parse(PersonBody, body)))));

  pages.post(`${BASE}/people/:id/status`, form("status", "banner", async (c, body) => {
    const { id } = parse(PersonParams, c.req.param());
    const { status } = parse(StatusChangeBody, body);
    const now = deps.clock();
    const current = (await journalSummary(deps, seeker(c), now)).data.people.find((p) => p.id === id);
    if (!current) throw new DomainError("NOT_FOUND", "No such person in your journal");
    const { id: _id, status: _s, statusAt: _a, ...fields } = current;
    return updatePerson(deps, seeker(c), id, { ...fields, status }, now);
  }));

  pages.post(`${BASE}/people/:id/thanked`, form("thanked", "banner", (c) => thankPerson(deps, seeker(c), parse(PersonParams, c.req.param()).id, deps.clock())));

  pages.post(paths.outreach, form("outreach", "outreach", (c, body) => {
    const { id } = parse(PersonParams, { id: body["personId"] });
    const { note, ...rest } = parse(OutreachBody, body);
    return addOutreach(deps, seeker(c), id, { ...rest, ...(note ? { note } : {}) }, deps.clock());
  }));

  pages.post(paths.chats, form("chat", "outreach", (c, body) => {
    const { personId, on } = parse(LoggedChatBody, body);
    return addLoggedChat(deps, seeker(c), personId, on, deps.clock());
  }));

  pages.post(paths.goal, form("goal", "goal", (c, body) => setGoal(deps, seeker(c), parse(GoalBody, body) as Goal, deps.clock())));

  pages.post(paths.digest, form("digest", "banner", (c, body) => setDigest(deps, seeker(c), toDigestSettings(parse(DigestBody, body), seeker(c)))));

  pages.post(paths.import, form("import", "banner", async (c) => {
    const bytes = await readCapped(c.req.raw);
    const data = await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": c.req.header("content-type") ?? "" } }).formData().catch(() => undefined);
    const file = data?.get("file");
    if (!file || typeof file === "string") throw new DomainError("INVALID_INPUT", "file: choose a CSV file", { issues: [{ path: "file", message: "choose a CSV file" }] });
    return importJournalCsv(deps, seeker(c), new Uint8Array(await file.arrayBuffer()), deps.clock());
  }));

  return pages;
}
