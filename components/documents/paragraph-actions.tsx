// What can be done with one paragraph of the reader, in one place: copy its link, discuss it, and cite
// it in a new record or action (or in the one being written: the form keeps a local draft and adds the
// paragraph to it). Server-rendered on the cached reader; the role-dependent links appear once the
// session is known (ForRoles). "Cite" leads everyone to the paragraph's citation page (link, text, CSL-JSON).
import { getTranslations } from "next-intl/server";
import { citeHref } from "~/components/forms/cite-param";
import { Link } from "~/server/i18n/navigation";
import { ForRoles } from "~/components/layout/session-menu";
import { COALITION_ROLES, COUNTRY_ROLES } from "~/server/auth/policy";
import { CopyLinkButton } from "./copy-link-button";

/** Who may propose records (policy "record.propose"): the coalition, and parliamentarians for their own parliament.
 *  Discussing and logging actions is the coalition's (COALITION_ROLES). */
const RECORD_ROLES = [...COALITION_ROLES, ...COUNTRY_ROLES] as const;

// 24 px high at least: the minimum target size (WCAG 2.2, 2.5.8) for links this close together.
const actionClass = "no-print inline-flex min-h-6 items-center rounded px-1.5 text-brand-700 hover:bg-slate-100";

export async function ParagraphActions({ document, locator, discussHref }: { document: string; locator: string; discussHref?: string }) {
  const [t, td, tc, tCite] = await Promise.all([getTranslations("documents"), getTranslations("discussion"), getTranslations("forms.cite"), getTranslations("openData.cite")]);
  return (
    <>
      <CopyLinkButton
        anchor={`p-${locator}`}
        label={t("copyLink")}
        description={t("copyLinkTo", { locator })}
        copiedLabel={t("copied")}
      />
      <Link
        href={`/documents/${document}/cite/${encodeURIComponent(locator)}`}
        prefetch={false}
        className={actionClass}
        aria-label={tCite("paragraphLabel", { locator })}
      >
        {tCite("button")}
      </Link>
      {discussHref && (
        <ForRoles roles={COALITION_ROLES}>
          <Link href={discussHref} className={actionClass} aria-label={`${td("link")} ${locator}`}>
            {td("link")}
          </Link>
        </ForRoles>
      )}
      <ForRoles roles={RECORD_ROLES}>
        <Link href={citeHref("/records/new", document, locator)} prefetch={false} className={actionClass} aria-label={tc("inRecordLabel", { locator })}>
          {tc("inRecord")}
        </Link>
      </ForRoles>
      <ForRoles roles={COALITION_ROLES}>
        <Link href={citeHref("/actions/new", document, locator)} prefetch={false} className={actionClass} aria-label={tc("inActionLabel", { locator })}>
          {tc("inAction")}
        </Link>
      </ForRoles>
    </>
  );
}
