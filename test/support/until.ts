/** Polls `check` every 25 ms until it answers something other than undefined (5 s at most), and returns that. */
export async function until<T>(check: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = await check();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the condition never held");
}
