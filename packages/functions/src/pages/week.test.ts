import { describe, expect, it } from "vitest";
import { weekWindow } from "./week.ts";

const now = Date.parse("2026-12-02T12:00:00Z"); // a Wednesday

describe("weekWindow", () => {
  it("starts on this week's Monday in the viewer's zone", () => {
    expect(weekWindow(undefined, "Europe/London", now, 60)).toEqual({
      weekStart: "2026-11-30",
      weekEnd: "2026-12-06",
      canGoBack: false,
      canGoForward: true,
    });
  });
  it("keeps an asked week between this week and the horizon's, and ignores nonsense", () => {
    expect(weekWindow("2026-12-10", "UTC", now, 60).weekStart).toBe("2026-12-07");
    expect(weekWindow("2020-01-01", "UTC", now, 60).weekStart).toBe("2026-11-30");
    expect(weekWindow("2030-01-01", "UTC", now, 60)).toMatchObject({ weekStart: "2027-01-25", canGoForward: false });
    expect(weekWindow("<script>", "UTC", now, 60).weekStart).toBe("2026-11-30");
  });
});
