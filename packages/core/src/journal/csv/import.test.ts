import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../model/index.ts";
import { normalName } from "../identity.ts";
import { aPerson } from "../../../testing/journal/fixtures.ts";
import { exportJournalCsv } from "./export.ts";
import { importPeople } from "./import.ts";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./read.ts";
import { emptyJournal } from "../../../testing/journal/fixtures.ts";

const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

/** The start of a real Connections.csv: two lines of notes, an empty line, then the header. */
const LINKEDIN = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Jane,Doe,https://www.linkedin.com/in/janedoe,,\"Acme, Inc.\",Product Designer,15 Mar 2023",
  "Li,Wei,https://www.linkedin.com/in/liwei,li@wei.example,Globex,\"Head of \"\"Research\"\"\",02 Jan 2024",
  ",,https://www.linkedin.com/in/hidden,,,,10 Oct 2022",
  "Jane,Doe,https://www.linkedin.com/in/janedoe/,,Acme,Designer,15 Mar 2023",
].join("\n");

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, messages: (e.details.issues ?? []).map((i) => `${i.path}: ${i.message}`) };
    throw e;
  }
  throw new Error("expected the import to fail");
};

describe("importPeople from LinkedIn", () => {
  it("skips the notes above the header and reads each connection", () => {
    const result = importPeople(LINKEDIN, [], ids());
    expect(result).toMatchObject({ format: "linkedin", imported: 2, skipped: 2 });
    expect(result.people).toEqual([
      {
        id: "new-1",
        name: "Jane Doe",
        link: "https://www.linkedin.com/in/janedoe",
        organization: "Acme, Inc.",
        role: "Product Designer",
        howWeKnow: "LinkedIn connection since 15 Mar 2023",
        status: "to_contact",
      },
      {
        id: "new-2",
        name: "Li Wei",
        email: "li@wei.example",
        link: "https://www.linkedin.com/in/liwei",
        organization: "Globex",
        role: 'Head of "Research"',
        howWeKnow: "LinkedIn connection since 02 Jan 2024",
        status: "to_contact",
      },
    ]);
  });

  it("reads the same file with a byte-order mark, CRLF line ends, and as bytes", () => {
    const withBom = new TextEncoder().encode(`\uFEFF${LINKEDIN.replace(/\n/g, "\r\n")}`);
    expect(importPeople(withBom, [], ids())).toEqual(importPeople(LINKEDIN, [], ids()));
  });

  it("leaves out people already in the journal", () => {
    const existing = [aPerson("1", { name: "Someone", link: "http://linkedin.com/in/JaneDoe" }), aPerson("2", { name: "Li", email: "LI@wei.example" })];
    expect(importPeople(LINKEDIN, existing, ids())).toMatchObject({ imported: 0, skipped: 4, people: [] });
  });
});

describe("importPeople from a plain CSV", () => {
  it("takes name, email and link columns in any order and case, semicolons too", () => {
    const csv = "Email;Full Name;LinkedIn\nana@x.example;Ana Souza;www.linkedin.com/in/ana\n;Bo Chen;\n";
    expect(importPeople(csv, [], ids())).toEqual({
      format: "plain",
      imported: 2,
      skipped: 0,
      people: [
        { id: "new-1", name: "Ana Souza", email: "ana@x.example", link: "https://www.linkedin.com/in/ana", status: "to_contact" },
        { id: "new-2", name: "Bo Chen", status: "to_contact" },
      ],
    });
  });

  it("de-duplicates within the file by email, else name", () => {
    const csv = "name,email\nAna,ana@x.example\nAna Souza,ANA@x.example\nBo,\nbo,\n";
    expect(importPeople(csv, [], ids())).toMatchObject({ imported: 2, skipped: 2 });
  });

  it("imports the journal's own export back: people only, statuses kept, neutralised cells restored", () => {
    const people = [
      aPerson("a", { name: "=HYPERLINK(\"https://evil.example\")", email: "a@x.example", status: "held", notes: "Met at\nthe meetup" }),
      aPerson("b", { name: "Bo", introducedBy: "Dana", howWeKnow: "-via Dana", status: "not_now" }),
    ];
    const csv = exportJournalCsv(
      emptyJournal({ people, outreach: [{ id: "o", personId: "a", on: "2026-03-02", channel: "email", note: "+1 follow" }] }),
      { now: 0, timeZone: "UTC" },
    );
    const back = importPeople(csv, [], ids());
    expect(back.skipped).toBe(1);
    expect(back.people.map(({ id: _, ...p }) => p)).toEqual(people.map(({ id: _, ...p }) => p));
  });
});

describe("importPeople refuses a file it cannot take whole", () => {
  it("names the line of a broken quote, and imports nothing", () => {
    const unclosed = failure(() => importPeople('name,email\nAna,ana@x.example\n"Bo,bo@x.example\nCy,cy@x.example\n', [], ids()));
    expect(unclosed.code).toBe("INVALID_INPUT");
    expect(unclosed.messages[0]).toMatch(/^file: has a quoted field that is never closed \(line \d\)/);
    const stray = failure(() => importPeople('name,email\nAna,ana@x.example\nB"o,bo@x.example\n', [], ids()));
    expect(stray.messages).toEqual([
      'file: has a quote in the middle of a field (line 3): put the whole field in quotes and double the quotes inside it ("")',
    ]);
  });

  it("names each line whose fields do not fit the header or cannot be taken", () => {
    const csv = "name,email,link\nAna,ana@x.example,\nBo,bo at x,\nCy,cy@x.example,javascript:alert(1)\nDi,di@x.example,,extra\n";
    expect(failure(() => importPeople(csv, [], ids()))).toEqual({
      code: "INVALID_INPUT",
      messages: [
        'file: line 3: email "bo at x" is not an email address',
        'file: line 4: link "javascript:alert(1)" is not a web link (http or https)',
        "file: line 5: has 4 fields, the header has 3: is a comma inside a field missing its quotes?",
      ],
    });
  });

  it("asks for a header when there is none", () => {
    expect(failure(() => importPeople("Ana,ana@x.example\nBo,bo@x.example\n", [], ids())).messages[0]).toMatch(/no header row/);
    expect(failure(() => importPeople("", [], ids())).messages[0]).toMatch(/no header row/);
  });

  it("refuses text that is not UTF-8", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("name\nZo"), 0xeb, 0x0a]);
    expect(failure(() => importPeople(latin1, [], ids())).messages).toEqual(['file: is not UTF-8 text: save it as "CSV UTF-8" and try again']);
  });

  it("refuses a file over the size or row cap with TOO_LARGE, before reading it", () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(failure(() => importPeople(big, [], ids()))).toEqual({ code: "TOO_LARGE", messages: ["file: must be at most 2 MB"] });
    const tenMegabytes = `name\n${"x".repeat(10 * 1024 * 1024)}`;
    expect(failure(() => importPeople(tenMegabytes, [], ids())).code).toBe("TOO_LARGE");
    const rows = `name\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `P${i}`).join("\n")}`;
    expect(failure(() => importPeople(rows, [], ids()))).toEqual({ code: "TOO_LARGE", messages: [`file: must have at most ${MAX_IMPORT_ROWS} rows`] });
    expect(importPeople(rows.split("\n").slice(0, MAX_IMPORT_ROWS + 1).join("\n"), [], ids()).imported).toBe(MAX_IMPORT_ROWS);
  });
});

describe("export then import, for any people", () => {
  const text = (max: number) =>
    fc.string({ maxLength: max, unit: "grapheme" }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, "").trim()).filter((s) => !s.startsWith("'"));
  it("gives the same people back", () => {
    fc.assert(
      fc.property(fc.uniqueArray(text(40).filter((s) => s.length > 0), { maxLength: 8, selector: normalName }), fc.array(text(60), { minLength: 8, maxLength: 8 }), (names, notes) => {
        const people = names.map((name, i) => aPerson(`p${i}`, { name, ...(notes[i] ? { organization: notes[i] } : {}) }));
        const back = importPeople(exportJournalCsv(emptyJournal({ people }), { now: 0, timeZone: "UTC" }), [], ids());
        expect(back.people.map((p) => [p.name, p.organization])).toEqual(people.map((p) => [p.name, p.organization]));
      }),
      { numRuns: 200 },
    );
  });
});
