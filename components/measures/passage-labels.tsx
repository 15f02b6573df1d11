// The labels of the on-demand passages and of the print button (passage-loader.tsx), sent once per page.
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PassageLabelsProvider, PrintWholeButton, SourcePassageOnDemand } from "./passage-loader";
import "./source-passage.css";

export async function PassageLabels({ children }: { children: ReactNode }) {
  const [t, tm, locale] = await Promise.all([getTranslations("parliamentarians"), getTranslations("measures"), getLocale()]);
  return (
    <PassageLabelsProvider
      labels={{
        locale,
        // Filled in per passage on the client.
        caption: tm("sourcePassage", { document: "{document}", locator: "{locator}" }),
        quoted: tm("quoted"),
        loading: t("passageLoading"),
        failed: t("passageFailed"),
        open: tm("openInReader"),
        print: t("print"),
        preparing: t("preparingPrint"),
      }}
    >
      {children}
    </PassageLabelsProvider>
  );
}

export { PrintWholeButton, SourcePassageOnDemand };
