import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DeleteActionButton } from "~/components/actions/delete-action-button";
import { Discussion } from "~/components/comments/discussion";
import { FollowControl } from "~/components/follows/follow-control";
import { Link } from "~/server/i18n/navigation";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { serverApi } from "~/server/api/server-caller";
import { can } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";
import { nameIn } from "~/server/domain/localized-name";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("actions");
  if (!/^[0-9a-f-]{36}$/i.test(id)) return { title: t("title") };
  const action = await (await serverApi()).actions.get({ id }).catch(() => null);
  return { title: action?.title ?? t("title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// Not visible and not existing look the same: a 404, so nothing leaks about private actions.
export default async function ActionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const lang = asLocale(locale);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const [t, format, api, viewer] = await Promise.all([
    getTranslations("actions"),
    getFormatter(),
    serverApi(),
    currentViewer(),
  ]);
  const a = await api.actions.get({ id }).catch(() => null);
  if (!a) notFound();
  const none = <p className="text-sm text-slate-600">{t("detail.none")}</p>;
  const linkClass = "text-brand-700 underline";
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="flex flex-wrap gap-x-2 text-sm text-slate-600">
          <span>{t(`kinds.${a.kind}` as never)}</span>
          <span aria-hidden="true">·</span>
          <time dateTime={a.date}>
            {format.dateTime(new Date(`${a.date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}
          </time>
        </p>
        <h1 className="text-2xl font-semibold break-words text-slate-900 sm:text-3xl">{a.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700">{t("loggedBy", { organization: textIn(a.organizationName, asLocale(locale)) })}</span>
          <span className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-900">
            {t(`outcomeKinds.${a.outcomeKind}` as never)}
          </span>
          <span className="rounded bg-sky-50 px-2 py-0.5 text-sky-900">
            {t(`visibilities.${a.visibility}` as never)}
          </span>
          {a.isSample && (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("sample")}</span>
          )}
        </p>
        <p>
          <FollowControl subject={{ subjectType: "action", subjectKey: a.id }} />
        </p>
        {a.mayEdit && (
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/actions/${a.id}/edit`}
              className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium"
            >
              {t("edit")}
            </Link>
            <TRPCReactProvider>
              <DeleteActionButton id={a.id} />
            </TRPCReactProvider>
          </div>
        )}
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="action-countries" title={t("detail.countries")}>
          <ul className="flex flex-wrap gap-2 text-sm">
            {a.countries.map((c) => (
              <li key={c.iso3}>
                <Link href={`/countries/${c.iso3}`} className={linkClass}>
                  {nameIn(c.name, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="action-targets" title={t("detail.targets")}>
          {a.targets.length === 0 ? (
            none
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {a.targets.map((x, i) => (
                <li key={i}>
                  <span className="font-medium">{x.name}</span>{" "}
                  <span className="text-slate-600">({t(`targetKinds.${x.kind}` as never)})</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="action-summary" title={t("detail.summary")}>
          {a.summary ? <p className="text-sm whitespace-pre-line">{a.summary}</p> : none}
        </Section>
        <Section id="action-outcome" title={t("detail.outcome")}>
          <p className="mb-1 text-sm font-medium">{t(`outcomeKinds.${a.outcomeKind}` as never)}</p>
          {a.outcome && <p className="text-sm whitespace-pre-line">{a.outcome}</p>}
        </Section>
        <Section id="action-measures" title={t("detail.measures")}>
          {a.measures.length === 0 ? (
            none
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {a.measures.map((m) => (
                <li key={m.slug}>
                  <Link href={`/measures/${m.slug}`} className={linkClass}>
                    {textIn(m.title, lang) || m.slug}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="action-units" title={t("detail.units")}>
          {a.units.length === 0 ? (
            none
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {a.units.map((u) => (
                <li key={`${u.document}#${u.locator}`}>
                  <Link href={`/documents/${u.document}#p-${u.locator}`} className={linkClass}>
                    {t("paragraph", { document: u.symbol ?? u.document, locator: u.locator })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="action-records" title={t("detail.records")}>
          {a.records.length === 0 ? (
            none
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {a.records.map((r) => (
                <li key={r.id}>
                  <Link href={`/records/${r.id}`} className={linkClass}>
                    {textIn(r.title, lang) || r.type}
                  </Link>{" "}
                  <span className="text-slate-600">({r.date})</span>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="action-attachments" title={t("detail.attachments")}>
          {a.attachments.length === 0 ? (
            none
          ) : (
            <ul className="flex flex-col gap-1 text-sm">
              {a.attachments.map((f, i) => (
                <li key={i} className="break-words">
                  {f.kind === "url" ? (
                    <a href={f.url} className={linkClass} rel="noopener noreferrer nofollow" target="_blank">
                      {f.label || f.url}
                    </a>
                  ) : (
                    <a href={`/api/files/${f.uploadId}`} className={linkClass}>
                      {f.label || f.filename}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
        {a.authors.length > 0 && (
          <Section id="action-authors" title={t("detail.authors")}>
            <ul className="flex flex-wrap gap-2 text-sm">
              {a.authors.map((p) => (
                <li key={p.id} className="rounded bg-slate-100 px-2 py-0.5">
                  {p.name}
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
      {/* Follow-ups and comments: the subject-access checks keep them to people who can see the action. */}
      {can(viewer, "collaboration.participate") && <Discussion subjectType="action" subjectId={a.id} />}
    </article>
  );
}
