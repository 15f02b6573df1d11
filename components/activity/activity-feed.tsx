// Ready to embed (e.g. a country profile): the latest activity the reader may see. Coalition members
// get coalition and own-organisation lines; everyone else, public ones only.
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "~/components/ui/empty-state";
import { serverApi } from "~/server/api/server-caller";
import { type Viewer, can } from "~/server/auth/policy";
import { ActivityLines } from "./activity-lines";
import { asLocale } from "~/db/localized-text-ops";

export async function ActivityFeed({ viewer, country, limit = 10 }: { viewer: Viewer | null; country?: string; limit?: number }) {
  const [t, api, locale] = await Promise.all([getTranslations("activity"), serverApi(), getLocale()]);
  const input = { country, pageSize: limit };
  const feed = can(viewer, "collaboration.participate") ? await api.activity.list(input) : await api.activity.public(input);
  return (
    <section aria-labelledby="activity-feed-title" className="flex flex-col gap-2">
      <h2 id="activity-feed-title" className="text-lg font-semibold">
        {t("countryTitle")}
      </h2>
      {feed.items.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : <ActivityLines items={feed.items} lang={asLocale(locale)} />}
    </section>
  );
}
