import { startTestStack } from "../support/stack.ts";
import { launchChromium, phone, desktop } from "./chromium.ts";
const stack = await startTestStack({ clock: () => Date.parse("2026-12-01T12:00:00Z") });
const browser = await launchChromium();
try {
  for (const [name, opts] of [["phone", phone], ["desk", desktop]] as const) {
    const ctx = await browser.newContext(opts);
    const page = await ctx.newPage();
    await page.goto(stack.url("/demo/coffee?tz=Asia/Kathmandu"));
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(name, "height", h);
    const vh = opts.viewport!.height;
    for (let y = 0, i = 0; y < h && i < 8; y += vh, i++) {
      await page.screenshot({ path: `/tmp/scr-${name}-${i}.png`, clip: { x: 0, y, width: opts.viewport!.width, height: Math.min(vh, h - y) }, fullPage: true });
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await stack.stop();
}
