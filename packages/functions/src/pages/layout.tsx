import type { Child } from "hono/jsx";
import { styles } from "./styles.ts";

export function Layout(props: { title: string; children: Child; head?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
        {props.head}
      </head>
      <body>
        <main>{props.children}</main>
      </body>
    </html>
  );
}
