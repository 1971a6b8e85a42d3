import { describe, expect, it } from "vitest";
import { ZoneOptions } from "./zone-options.tsx";

const render = async (current: string) => String(await (<select>{ZoneOptions({ current })}</select>).toString());
const options = (html: string) => [...html.matchAll(/<option value="([^"]+)"( selected)?>([^<]+)<\/option>/g)];

describe("the time-zone picker's options", () => {
  it("lists every zone once, the viewer's selected, with readable names", async () => {
    const found = options(await render("America/New_York"));
    expect(found).toHaveLength(Intl.supportedValuesOf("timeZone").length);
    expect(found.filter((m) => m[2]).map((m) => m[1])).toEqual(["America/New_York"]);
    expect(found.find((m) => m[1] === "America/New_York")![3]).toBe("America/New York");
  });

  it("keeps a zone ICU knows by another name selectable, in order", async () => {
    const zone = Intl.supportedValuesOf("timeZone").includes("Asia/Kathmandu") ? "Asia/Katmandu" : "Asia/Kathmandu";
    const found = options(await render(zone)).map((m) => m[1]!);
    expect(found.filter((z) => z === zone)).toHaveLength(1);
    expect(found).toEqual([...found].sort());
    expect((await render(zone)).match(/ selected/g)).toHaveLength(1);
  });

  it("selects only what it was given, on every render", async () => {
    await render("Europe/Berlin");
    const again = options(await render("Asia/Tokyo"));
    expect(again.filter((m) => m[2]).map((m) => m[1])).toEqual(["Asia/Tokyo"]);
  });
});
