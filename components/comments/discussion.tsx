// Ready to embed in any server page: the discussion (and, for actions and records, the follow-up
// tasks) of one subject, with the client messages and data layer it needs. Render it only for
// signed-in coalition members (the procedures refuse everyone else).
import { ClientMessages } from "~/components/i18n/client-messages";
import { TaskPanel } from "~/components/tasks/task-panel";
import { TRPCReactProvider } from "~/components/trpc/provider";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { CommentThread } from "./comment-thread";

export function Discussion({ subjectType, subjectId, tasks = true }: { subjectType: TCommentSubject; subjectId: string; tasks?: boolean }) {
  const withTasks = tasks && (subjectType === "action" || subjectType === "record");
  return (
    <ClientMessages namespaces={["comments", "tasks"]}>
      <TRPCReactProvider>
        <div className="flex flex-col gap-6">
          {withTasks && <TaskPanel subjectType={subjectType} subjectId={subjectId} />}
          <CommentThread subjectType={subjectType} subjectId={subjectId} />
        </div>
      </TRPCReactProvider>
    </ClientMessages>
  );
}
