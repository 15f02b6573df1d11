"use client";
// The comment box, with an @mention picker: typing "@" and a few letters lists the people who can
// see the subject; choosing one inserts a mention token the server resolves by id.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useFormErrors } from "~/components/forms/use-mutation-errors";
import { useTRPC } from "~/components/trpc/provider";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/field";
import type { TCommentSubject } from "~/db/schema/advocacy-vocabulary";
import { COMMENT_MAX_LENGTH, MENTIONABLE_MIN_QUERY, mentionToken } from "~/server/markup/comment-markup";

interface Props {
  subjectType: TCommentSubject;
  subjectId: string;
  initial?: string;
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

const PENDING_MENTION = /(^|\s)@([^\s@[\]()]{0,30})$/;

export function CommentComposer({ subjectType, subjectId, initial = "", label, submitLabel, onSubmit, onCancel }: Props) {
  const t = useTranslations("comments");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const id = useId();
  const [body, setBody] = useState(initial);
  const [query, setQuery] = useState<string | null>(null);
  const { errors, clear, onError } = useFormErrors();
  // The server takes an empty query or one of two characters or more; a single character narrows
  // the empty query's suggestions here instead.
  const serverQuery = query && [...query].length >= MENTIONABLE_MIN_QUERY ? query : "";
  const found = useQuery({
    ...trpc.comments.mentionable.queryOptions({ subjectType, subjectId, q: serverQuery }),
    enabled: query !== null,
  });
  const people = {
    isLoading: found.isLoading,
    data: found.data?.filter((p) => !query || p.name.toLowerCase().includes(query.toLowerCase())),
  };
  const save = useMutation({
    mutationFn: onSubmit,
    onError,
    onSuccess: () => {
      setBody("");
      setQuery(null);
    },
  });

  const track = (value: string, caret: number) => {
    const m = value.slice(0, caret).match(PENDING_MENTION);
    setQuery(m ? m[2]! : null);
  };
  const pick = (person: { id: string; name: string }) => {
    const el = document.getElementById(`comment-${id}`) as HTMLTextAreaElement | null;
    const caret = el?.selectionStart ?? body.length;
    const before = body.slice(0, caret).replace(/@([^\s@[\]()]{0,30})$/, `${mentionToken(person.name, person.id)} `);
    const next = before + body.slice(caret);
    setBody(next);
    setQuery(null);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(before.length, before.length);
    });
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        clear();
        save.mutate(body);
      }}
    >
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextAreaField
        id={`comment-${id}`}
        name="body"
        label={label}
        hint={t("hint", { max: COMMENT_MAX_LENGTH })}
        value={body}
        maxLength={COMMENT_MAX_LENGTH}
        errors={errors.fields.body}
        onChange={(e) => {
          setBody(e.target.value);
          track(e.target.value, e.target.selectionStart ?? e.target.value.length);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") setQuery(null);
        }}
      />
      {query !== null && (
        <div className="rounded-md border border-slate-200 bg-white p-2 shadow-sm">
          <p className="mb-1 text-xs text-slate-600" id={`${id}-people`}>
            {t("mentionSuggestions")}
          </p>
          {people.isLoading ? (
            <p className="text-sm">{t("loading")}</p>
          ) : people.data?.length ? (
            <ul aria-labelledby={`${id}-people`} className="flex flex-wrap gap-2">
              {people.data.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="min-h-10 rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100"
                    onClick={() => pick(p)}
                  >
                    @{p.name}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">{t("mentionNone")}</p>
          )}
        </div>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending || !body.trim()}>
          {save.isPending ? tc("saving") : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
