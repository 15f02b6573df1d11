// Ready to embed in any server page: the discussion (and, for actions and records, the follow-up
// tasks) of one subject, with the client messages and data layer it needs. Render it only for
// signed-in coalition members (the procedures refuse everyone else).
import { ClientMessages } from "~/components/i18n/client-messages";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { DiscussionIsland } from "./discussion-island";

export function Discussion({ subjectType, subjectId, tasks = true }: { subjectType: TCommentSubject; subjectId: string; tasks?: boolean }) {
  const withTasks = tasks && (subjectType === "action" || subjectType === "record");
  return (
    <ClientMessages namespaces={["comments", "tasks"]}>
      <DiscussionIsland subjectType={subjectType} subjectId={subjectId} withTasks={withTasks} />
    </ClientMessages>
  );
}
