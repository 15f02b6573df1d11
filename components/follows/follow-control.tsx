// The follow button with its words, for server-rendered pages: the labels are translated here, so
// the client island needs no message namespace of its own.
import { getTranslations } from "next-intl/server";
import { FollowButton } from "./follow-button";
import type { FollowSubject } from "./follow-request";

export async function FollowControl({ subject }: { subject: FollowSubject }) {
  const t = await getTranslations("follows");
  return (
    <FollowButton
      subject={subject}
      labels={{
        follow: t("follow"),
        following: t("following"),
        hint: t(`hint.${subject.subjectType}`),
        startedAnnouncement: t("started"),
        stoppedAnnouncement: t("stopped"),
        failed: t("failed"),
      }}
    />
  );
}
