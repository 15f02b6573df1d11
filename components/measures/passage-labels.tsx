// The labels of the on-demand passages and of the print button (passage-loader.tsx), sent once per page.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PassageLabelsProvider, PrintWholeButton } from "./passage-loader";

export async function PassageLabels({ children }: { children: ReactNode }) {
  const [t, tm] = await Promise.all([getTranslations("parliamentarians"), getTranslations("measures")]);
  return (
    <PassageLabelsProvider
      labels={{
        show: t("showPassage"),
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

export { PrintWholeButton };
