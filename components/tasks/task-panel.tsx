"use client";
// The follow-ups of one action or record: the list, and a form to add one for a colleague who can
// see the subject (the picker offers only those) or for oneself.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/field";
import { EmptyState } from "~/components/ui/empty-state";
import type { TTaskSubject } from "~/db/schema/advocacy-vocabulary";
import { TaskRow } from "./task-row";

export function TaskPanel({ subjectType, subjectId }: { subjectType: TTaskSubject; subjectId: string }) {
  const t = useTranslations("tasks");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const subject = { subjectType, subjectId };
  const list = useQuery(trpc.tasks.forSubject.queryOptions(subject));
  const [adding, setAdding] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tasks.forSubject.queryKey(subject) });
  return (
    <section aria-labelledby="tasks-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="tasks-title" className="font-semibold">
        {t("title")}
      </h2>
      {list.data?.length ? (
        <ul className="flex flex-col gap-2">
          {list.data.map((task) => (
            <li key={task.id}>
              <TaskRow task={task} onChanged={refresh} />
            </li>
          ))}
        </ul>
      ) : list.isSuccess ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : null}
      {adding ? (
        <NewTaskForm
          subjectType={subjectType}
          subjectId={subjectId}
          onDone={() => {
            setAdding(false);
            void refresh();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div>
          <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
            {t("add")}
          </Button>
        </div>
      )}
    </section>
  );
}

function NewTaskForm({ subjectType, subjectId, onDone, onCancel }: { subjectType: TTaskSubject; subjectId: string; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("tasks");
  const trpc = useTRPC();
  const { errors, clear, onError } = useFormErrors();
  const me = useQuery(trpc.account.me.queryOptions());
  const people = useQuery(trpc.comments.mentionable.queryOptions({ subjectType, subjectId, q: "" }));
  const create = useMutation(trpc.tasks.create.mutationOptions({ onSuccess: onDone, onError }));
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        const form = new FormData(e.currentTarget);
        const due = String(form.get("dueOn") ?? "");
        create.mutate({
          subjectType,
          subjectId,
          title: String(form.get("title") ?? ""),
          notes: String(form.get("notes") ?? ""),
          assigneeId: String(form.get("assigneeId") ?? ""),
          dueOn: due || null,
        });
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField id="task-title" name="title" label={t("fields.title")} required errors={errors.fields.title} />
      <SelectField id="task-assignee" name="assigneeId" label={t("fields.assignee")} defaultValue="" errors={errors.fields.assigneeId}>
        <option value="">{t("chooseAssignee")}</option>
        {me.data && <option value={me.data.id}>{me.data.name}</option>}
        {people.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField id="task-due" name="dueOn" type="date" label={t("fields.dueOn")} errors={errors.fields.dueOn} />
      <TextAreaField id="task-notes" name="notes" label={t("fields.notes")} errors={errors.fields.notes} />
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending}>
          {t("create")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancelEdit")}
        </Button>
      </div>
    </form>
  );
}
