"use client";
// The notifications page's list: unread ones stand out; each links to its subject and can be marked
// read (opening it marks it read too).
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Link, useRouter } from "~/server/i18n/navigation";
import { useTRPC } from "~/components/trpc/provider";
import { Button } from "~/components/ui/button";

export interface NotificationView {
  id: string;
  text: string;
  href: string | null;
  read: boolean;
  createdAt: Date;
}

export function NotificationList({ items }: { items: NotificationView[] }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: () => router.refresh() }));
  const markAll = useMutation(trpc.notifications.markAllRead.mutationOptions({ onSuccess: () => router.refresh() }));
  const unread = items.some((n) => !n.read);
  return (
    <div className="flex flex-col gap-3">
      {unread && (
        <div>
          <Button type="button" variant="secondary" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
            {t("markAllRead")}
          </Button>
        </div>
      )}
      <ul className="flex flex-col gap-2">
        {items.map((n) => (
          <li
            key={n.id}
            className={`flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-center sm:justify-between ${
              n.read ? "border-slate-200 bg-white" : "border-brand-300 bg-brand-50 font-medium"
            }`}
          >
            <div className="flex flex-col gap-1">
              {!n.read && <span className="sr-only">{t("unread")}: </span>}
              {n.href ? (
                <Link
                  href={n.href}
                  className="text-brand-800 underline"
                  onClick={() => {
                    if (!n.read) markRead.mutate({ ids: [n.id] });
                  }}
                >
                  {n.text}
                </Link>
              ) : (
                <span>{n.text}</span>
              )}
              <time dateTime={new Date(n.createdAt).toISOString()} className="text-xs font-normal text-slate-600">
                {format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </div>
            {!n.read && (
              <Button type="button" variant="secondary" disabled={markRead.isPending} onClick={() => markRead.mutate({ ids: [n.id] })}>
                {t("markRead")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
