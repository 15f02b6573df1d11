import { asLocale } from "~/db/localized-text-ops";
import { textIn } from "~/db/localized-text";
import { LocalizedText } from "~/components/i18n/localized-text";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteForm } from "~/components/admin/invite-form";
import { UserRowActions } from "~/components/admin/user-row-actions";
import { TRPCReactProvider } from "~/components/trpc/provider";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { FilterForm } from "~/components/ui/filter-form";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { serverApi } from "~/server/api/server-caller";
import { requireViewer } from "~/server/auth/require-viewer";
import { can, ROLES, type Role } from "~/server/auth/policy";
import { currentViewer } from "~/server/auth/session";
import { pageParam } from "~/components/ui/page-param";
import { nameIn, type TLocalizedName } from "~/server/domain/localized-name";

interface Query {
  q?: string;
  role?: string;
  page?: string;
}

export default async function UsersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  await requireViewer("/admin/users", "admin.access");
  const [t, api, viewer] = await Promise.all([getTranslations(), serverApi(), currentViewer()]);
  const role = ROLES.includes(query.role as Role) ? (query.role as Role) : undefined;
  const page = pageParam(query.page);
  const [users, orgs, countries] = await Promise.all([
    api.users.list({ q: query.q || undefined, role, page, pageSize: 50 }),
    api.organizations.list({ pageSize: 500 }),
    api.reference.countries(),
  ]);
  const invitable = ROLES.filter((r) => can(viewer, "invitation.create", { role: r }));
  const name = (c: { name: TLocalizedName }) => nameIn(c.name, locale);
  return (
    <>
      <PageHeader title={t("admin.users")} />
      <TRPCReactProvider>
        <InviteForm
          roles={invitable}
          organizations={orgs.items.map((o) => ({ value: o.id, label: textIn(o.name, asLocale(locale)) }))}
          countries={countries
            .map((c) => ({ value: c.iso3, label: name(c) }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
        <section className="mt-8" aria-labelledby="people-heading">
          <h2 id="people-heading" className="sr-only">
            {t("admin.users")}
          </h2>
          <FilterForm label={t("common.filter")} submitLabel={t("common.filter")}>
            <TextField id="q" label={t("common.search")} defaultValue={query.q ?? ""} type="search" />
            <SelectField id="role" label={t("account.role")} defaultValue={role ?? ""}>
              <option value="">{t("common.all")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </SelectField>
          </FilterForm>
          {users.items.length === 0 ? (
            <EmptyState>{t("admin.emptyUsers")}</EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-start text-sm">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t("account.name")}</th>
                    <th scope="col" className="px-3 py-2">{t("account.email")}</th>
                    <th scope="col" className="px-3 py-2">{t("account.role")}</th>
                    <th scope="col" className="px-3 py-2">{t("admin.organization")}</th>
                    <th scope="col" className="px-3 py-2">{t("admin.status")}</th>
                    {can(viewer, "user.deactivate") && <th scope="col" className="px-3 py-2">{t("common.actions")}</th>}
                  </tr>
                </thead>
                <tbody>
                  {users.items.map((u) => (
                    <tr key={u.id} className="border-t border-slate-100">
                      <td className="px-3 py-2">
                        {u.name}
                        {u.isSample && <span className="ms-2 rounded bg-amber-100 px-1 text-xs">{t("common.sample")}</span>}
                      </td>
                      <td className="px-3 py-2">{u.email}</td>
                      <td className="px-3 py-2">
                        {t(`roles.${u.role}`)}
                        {u.countryIso3 ? ` · ${u.countryIso3}` : ""}
                      </td>
                      <td className="px-3 py-2">{u.organizationName ? <LocalizedText text={u.organizationName} /> : t("common.none")}</td>
                      <td className="px-3 py-2">{u.deactivatedAt ? t("admin.deactivated") : t("admin.active")}</td>
                      {can(viewer, "user.deactivate") && (
                        <td className="px-3 py-2">
                          {can(viewer, "user.deactivate", { userId: u.id }) && (
                            <UserRowActions
                              userId={u.id}
                              deactivated={!!u.deactivatedAt}
                              label={u.email}
                              canResetTwoFactor={!u.deactivatedAt && can(viewer, "user.resetTwoFactor", { userId: u.id })}
                            />
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination pathname="/admin/users" searchParams={{ ...query }} page={users.page} pageSize={users.pageSize} total={users.total} />
        </section>
      </TRPCReactProvider>
    </>
  );
}
