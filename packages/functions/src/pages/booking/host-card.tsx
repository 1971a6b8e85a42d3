import type { Host, Link } from "@coffeechat/core";

const FORMAT_LABEL = { video: "Video call", phone: "Phone call", in_person: "In person" } as const;

export function HostCard({ host, link }: { host: Host; link: Link }) {
  return (
    <section class="card">
      <p class="muted">A coffee chat with</p>
      <h1>{host.name}</h1>
      <p>{host.headline}</p>
      <p>
        <strong>{link.title}</strong> · {link.durationMinutes} minutes ·{" "}
        {link.formats.map((f) => FORMAT_LABEL[f.kind]).join(" / ")}
      </p>
      <p>{link.description}</p>
      <p class="muted">
        An informational interview is a short conversation to learn about someone's work — not a job interview. Come with a
        few questions, keep to the time, and send a thank-you note afterwards.
      </p>
    </section>
  );
}

export { FORMAT_LABEL };
