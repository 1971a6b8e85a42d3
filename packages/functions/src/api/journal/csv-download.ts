import type { Context } from "hono";

/** The journal's CSV as a file to save, for the API and the page's link alike. */
export const csvDownload = (c: Context, csv: string) =>
  c.body(csv, 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="journal.csv"' });
