// The secretariat's bulk decision: publish, reject or send back several proposals with one message.
// Each proposal is decided by decideRecord in its own transaction — so each writes its own audit event
// and notification, and recomputes progress as a single decision would — and a failure on one (a
// version conflict, nothing waiting any more) is reported for that one without undoing the others.
import type { Locale } from "~/db/locales";
import { AppError } from "~/server/errors";
import { lookupMessage } from "~/server/i18n/translator";
import type { AuthedServiceContext } from "~/server/services/context";
import type { TDecideRecordsInput, TDecideRecordsOutput } from "./decide-records.types";
import { decideRecord } from "./review-record";

type Item = TDecideRecordsOutput["items"][number];

export async function decideRecords({
  ctx,
  input,
}: {
  ctx: AuthedServiceContext & { locale: Locale };
  input: TDecideRecordsInput;
}): Promise<TDecideRecordsOutput> {
  const items: Item[] = [];
  // One after another: decisions on the same country queue on its progress lock anyway, and PGlite
  // runs one transaction at a time.
  for (const { id, version } of input.items) {
    try {
      const after = await decideRecord({ ctx, input: { id, version, decision: input.decision, message: input.message } });
      items.push({ id, ok: true, reviewStatus: after.reviewStatus, version: after.version, error: null });
    } catch (err) {
      // Only the expected refusals are reported per item; anything else is a fault and fails the request.
      if (!(err instanceof AppError)) throw err;
      const messageKey = err.messageKey;
      items.push({
        id,
        ok: false,
        reviewStatus: null,
        version: null,
        error: { code: err.code, messageKey, message: lookupMessage(ctx.locale, `errors.${messageKey}`) ?? err.message },
      });
    }
  }
  return { decided: items.filter((i) => i.ok).length, failed: items.filter((i) => !i.ok).length, items };
}
