// The two-factor domain errors, each with its message under errors.* in the message files.
import { AppError } from "~/server/errors";

export const invalidCode = () =>
  new AppError("VALIDATION", "the code is not valid", { fields: { code: "validation.twoFactorCode" } });

export const alreadyEnabled = () =>
  new AppError("CONFLICT", "a second factor is already set up", { messageKey: "twoFactorAlreadyEnabled" });

export const notPending = () =>
  new AppError("CONFLICT", "no second-factor enrolment is waiting", { messageKey: "twoFactorNotPending" });

export const notEnabled = () =>
  new AppError("CONFLICT", "no second factor is set up", { messageKey: "twoFactorNotEnabled" });

export const enrolmentRequired = () =>
  new AppError("FORBIDDEN", "set up a second factor first", { messageKey: "twoFactorRequired" });
