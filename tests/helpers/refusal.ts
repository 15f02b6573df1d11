// What a refused tRPC call answered: its code and, for our own errors, the message key.
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { AppError } from "~/server/errors";

export async function refusal(call: Promise<unknown>) {
  const err = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  const cause = (err as TRPCError).cause;
  return { code: (err as TRPCError).code, messageKey: cause instanceof AppError ? cause.messageKey : null };
}
