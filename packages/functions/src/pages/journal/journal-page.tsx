import { formatLocalDate } from "@coffeechat/core";
import { Layout } from "../layout.tsx";
import { AddPeople } from "./add-people.tsx";
import { ChatsCard } from "./chats-card.tsx";
import { DigestForm } from "./digest-form.tsx";
import { GoalForm } from "./goal-form.tsx";
import { journalStyles } from "./journal-styles.ts";
import type { JournalView } from "./journal-view.ts";
import { PeopleList } from "./people-list.tsx";
import { ProgressCard } from "./progress-card.tsx";
import { TodayCard } from "./today-card.tsx";
import { TodoLists } from "./todo-lists.tsx";

/**
 * The seeker's journal: progress against the goal, today's outreach, what to do now, the people,
 * the goal and the weekly email. Server-rendered; every action is a form, so it works without
 * JavaScript and on a phone.
 */
export function JournalPage({ view }: { view: JournalView }) {
  const { goal, today } = view.summary;
  return (
    <Layout title="Your coffee chats · coffeechat" head={<style dangerouslySetInnerHTML={{ __html: journalStyles }} />}>
      <h1>Your coffee chats</h1>
      <p class="muted">
        {view.seekerName} · {goal ? `${goal.targetChats} chats by ${formatLocalDate(goal.byDate, today)}` : "no goal yet"} ·{" "}
        {view.timeZone.replaceAll("_", " ")}{" "}
        {/* A seeker who signed in without setting up as a host starts on UTC: where to say who and where they are. */}
        <a href="/settings">
          change<span class="visually-hidden"> your name and time zone</span>
        </a>
      </p>
      {view.banner ? (
        <div class={`banner ${view.banner.kind}`} role={view.banner.kind === "error" ? "alert" : "status"}>
          {view.banner.text}
        </div>
      ) : null}
      <ProgressCard summary={view.summary} />
      {/* On a phone: today, what to do, the goal. On a wide screen the goal sits under today, beside the lists. */}
      <div class="columns">
        <TodayCard view={view} />
        <TodoLists view={view} />
        <GoalForm view={view} />
      </div>
      <ChatsCard view={view} />
      <PeopleList view={view} />
      <AddPeople view={view} />
      <DigestForm view={view} />
    </Layout>
  );
}
