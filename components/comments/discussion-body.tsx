"use client";
// The discussion's interactive part and its data layer (tRPC, React Query: ~30 kB gzip), loaded only
// where it is shown (discussion-island.tsx).
import { TaskPanel } from "~/components/tasks/task-panel";
import { TRPCReactProvider } from "~/components/trpc/provider";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { CommentThread } from "./comment-thread";

export function DiscussionBody({ subjectType, subjectId, withTasks }: { subjectType: TCommentSubject; subjectId: string; withTasks: boolean }) {
  return (
    <TRPCReactProvider>
      <div className="flex flex-col gap-6">
        {withTasks && (subjectType === "action" || subjectType === "record") && <TaskPanel subjectType={subjectType} subjectId={subjectId} />}
        <CommentThread subjectType={subjectType} subjectId={subjectId} />
      </div>
    </TRPCReactProvider>
  );
}
