// A GET form choosing the country (?country=KEN): works without JavaScript, and the URL can be
// shared or linked to ("my country").
import { getTranslations } from "next-intl/server";
import { SelectField } from "~/components/ui/field";
import { CountryOptions } from "./country-options";

export async function CountryPicker({ countries, selected }: { countries: { iso3: string; name: string }[]; selected: string }) {
  const t = await getTranslations("atlas.parliament");
  return (
    <form method="get" aria-label={t("choose")} className="no-print mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-[14rem] flex-1 sm:flex-none">
        <SelectField id="country" label={t("picker")} hint={t("pickerHint")} defaultValue={selected}>
          <option value="">{t("choose")}</option>
          <CountryOptions codes={countries.map((c) => c.iso3).join("")} names={countries.map((c) => c.name).join("\n")} />
        </SelectField>
      </div>
      <button type="submit" className="mb-5 min-h-10 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100">
        {t("show")}
      </button>
    </form>
  );
}
