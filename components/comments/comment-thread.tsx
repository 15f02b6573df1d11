"use client";
// A subject's discussion: threads of comments with one level of replies, editing and deleting one's
// own, @mentions. Wrap in <Discussion> (server) or in TRPCReactProvider with the "comments" messages.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import type { AppRouter } from "~/server/api/root";
import type { inferRouterOutputs } from "@trpc/server";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";

type Thread = inferRouterOutputs<AppRouter>["comments"]["list"][number];
type Item = Omit<Thread, "replies">;

export interface CommentThreadProps {
  subjectType: TCommentSubject;
  subjectId: string;
}

export function CommentThread({ subjectType, subjectId }: CommentThreadProps) {
  const t = useTranslations("comments");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.comments.list.queryOptions({ subjectType, subjectId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.comments.list.queryKey({ subjectType, subjectId }) });
  const create = useMutation(trpc.comments.create.mutationOptions({ onSuccess: refresh }));
  const subject = { subjectType, subjectId };

  return (
    <section aria-labelledby="discussion-title" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="discussion-title" className="font-semibold">
        {t("title")}
      </h2>
      {list.isLoading ? (
        <p className="text-sm">{t("loading")}</p>
      ) : list.data?.length ? (
        <ol className="flex flex-col gap-4">
          {list.data.map((thread) => (
            <li key={thread.id} className="flex flex-col gap-2">
              <CommentItem item={thread} subject={subject} onChanged={refresh} />
              <ol className="ms-4 flex flex-col gap-2 border-s-2 border-slate-100 ps-3 sm:ms-6">
                {thread.replies.map((r) => (
                  <li key={r.id}>
                    <CommentItem item={r} subject={subject} onChanged={refresh} />
                  </li>
                ))}
                {!thread.deleted && (
                  <li>
                    <ReplyBox subject={subject} parentId={thread.id} onChanged={refresh} />
                  </li>
                )}
              </ol>
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState>{t("empty")}</EmptyState>
      )}
      <CommentComposer
        {...subject}
        label={t("label")}
        submitLabel={t("post")}
        onSubmit={(body) => create.mutateAsync({ ...subject, body, parentId: null })}
      />
    </section>
  );
}

function ReplyBox({ subject, parentId, onChanged }: { subject: CommentThreadProps; parentId: string; onChanged: () => unknown }) {
  const t = useTranslations("comments");
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const create = useMutation(trpc.comments.create.mutationOptions({ onSuccess: onChanged }));
  if (!open) {
    return (
      <button type="button" className="min-h-10 text-sm text-brand-700 underline" onClick={() => setOpen(true)}>
        {t("reply")}
      </button>
    );
  }
  return (
    <CommentComposer
      {...subject}
      label={t("replyLabel")}
      submitLabel={t("postReply")}
      onCancel={() => setOpen(false)}
      onSubmit={async (body) => {
        await create.mutateAsync({ ...subject, body, parentId });
        setOpen(false);
      }}
    />
  );
}

function CommentItem({ item, subject, onChanged }: { item: Item; subject: CommentThreadProps; onChanged: () => unknown }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const trpc = useTRPC();
  const [editing, setEditing] = useState(false);
  const update = useMutation(trpc.comments.update.mutationOptions({ onSuccess: onChanged }));
  const remove = useMutation(trpc.comments.delete.mutationOptions({ onSuccess: onChanged }));
  if (item.deleted) return <p className="text-sm text-slate-500 italic">{t("deleted")}</p>;
  const names = Object.fromEntries(item.mentions.map((m) => [m.userId, m.name]));
  return (
    <article className="rounded-md bg-slate-50 p-3" aria-label={item.authorName}>
      <div className="mb-1 flex flex-wrap items-baseline gap-2 text-sm">
        <span className="font-medium">{item.authorName}</span>
        <time dateTime={new Date(item.createdAt).toISOString()} className="text-slate-600">
          {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
        </time>
        {item.editedAt && <span className="text-slate-500">({t("edited")})</span>}
      </div>
      {editing ? (
        <CommentComposer
          {...subject}
          initial={item.body}
          label={t("edit")}
          submitLabel={t("save")}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            await update.mutateAsync({ id: item.id, version: item.version, body });
            setEditing(false);
          }}
        />
      ) : (
        <CommentBody body={item.body} names={names} />
      )}
      {!editing && (item.may.edit || item.may.delete) && (
        <div className="mt-2 flex gap-2">
          {item.may.edit && (
            <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
          )}
          {item.may.delete && (
            <Button
              type="button"
              variant="danger"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t("confirmDelete"))) remove.mutate({ id: item.id });
              }}
            >
              {t("delete")}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
