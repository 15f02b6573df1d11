// A record's fields as a definition list, labelled and translated for its type. Server component.
// Styled by record-card.css (one class on the list, not utilities on every term; decision 039).
import { getTranslations } from "next-intl/server";
import "./record-card.css";

type Facts = {
  type: "commitment" | "focal_point" | "parliamentary_action";
  date: string;
  status: string | null;
  kind: string | null;
  venue: string | null;
  treaty: string | null;
  endedOn: string | null;
  office: string | null;
  positionTitle: string | null;
  personName: string | null;
  network: boolean;
  chamber: string | null;
  membersInvolved: string | null;
  outcome: string | null;
};

type RecordsT = Awaited<ReturnType<typeof getTranslations<"records">>>;

export async function RecordFacts({ rec }: { rec: Facts }) {
  return <RecordFactsList rec={rec} t={await getTranslations("records")} />;
}

/** The same list, synchronous, for a list of cards that already holds the translations (one render, no lazy row per card). */
export function RecordFactsList({ rec, t }: { rec: Facts; t: RecordsT }) {
  const rows: [string, string | null][] =
    rec.type === "commitment"
      ? [
          [t("fields.date"), rec.date],
          [t("fields.kind"), rec.kind ? t(`commitmentKinds.${rec.kind}` as "commitmentKinds.other") : null],
          [t("fields.treaty"), rec.treaty],
          [t("fields.venue"), rec.venue ? t(`venues.${rec.venue}` as "venues.national") : null],
          [t("fields.status"), rec.status ? t(`commitmentStatuses.${rec.status}` as "commitmentStatuses.announced") : null],
        ]
      : rec.type === "focal_point"
        ? [
            [t("fields.appointedOn"), rec.date],
            [t("fields.endedOn"), rec.endedOn],
            [t("fields.office"), rec.office],
            [t("fields.positionTitle"), rec.positionTitle],
            [t("fields.personName"), rec.personName ?? t("personHidden")],
            [t("fields.network"), rec.network ? "✓" : null],
          ]
        : [
            [t("fields.date"), rec.date],
            [t("fields.chamber"), rec.chamber],
            [t("fields.kind"), rec.kind ? t(`parliamentaryKinds.${rec.kind}` as "parliamentaryKinds.motion") : null],
            [t("fields.status"), rec.status ? t(`parliamentaryStatuses.${rec.status}` as "parliamentaryStatuses.ongoing") : null],
            [t("fields.membersInvolved"), rec.membersInvolved],
            [t("fields.outcome"), rec.outcome],
          ];
  return (
    <dl className="record-facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
