"use client";
// Turns a failed tRPC call into what a form shows: errors per field, and one message for the form.
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AppRouter } from "~/server/api/root";

export interface FormErrors {
  fields: Record<string, string[]>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

/** The error's numbers and words (e.g. a quota's limits) for its message; objects such as a conflict's record are left out. */
function messageValues(details: unknown): Record<string, string | number> {
  if (!details || typeof details !== "object") return {};
  return Object.fromEntries(
    Object.entries(details).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"),
  );
}

export function useErrorReader() {
  const t = useTranslations("errors");
  return (error: unknown): FormErrors => {
    if (!(error instanceof TRPCClientError)) return { fields: {}, form: t("network") };
    const data = (error as TRPCClientError<AppRouter>).data;
    const fields = (data?.fieldErrors as Record<string, string[]> | null) ?? {};
    const key = data?.messageKey;
    if (key && t.has(key)) return { fields, form: t(key, messageValues(data?.details)) };
    if (data?.code === "UNAUTHORIZED") return { fields, form: t("unauthenticated") };
    if (data?.code === "FORBIDDEN") return { fields, form: t("forbidden") };
    return { fields, form: t("unexpected", { requestId: data?.requestId ?? "?" }) };
  };
}

/** A form's error state: pass `onError` to the mutation and `clear()` before submitting again. */
export function useFormErrors() {
  const read = useErrorReader();
  const [errors, setErrors] = useState(noErrors);
  return { errors, clear: () => setErrors(noErrors), onError: (e: unknown) => setErrors(read(e)) };
}
