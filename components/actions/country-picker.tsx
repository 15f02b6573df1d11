"use client";
// Several countries: choose one from the list and add it; each chosen country is a removable chip.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";

interface Props {
  countries: { iso3: string; name: string }[];
  value: string[];
  onChange: (next: string[]) => void;
  errors?: string[];
}

export function CountryPicker({ countries, value, onChange, errors }: Props) {
  const t = useTranslations("actions.fields");
  const tc = useTranslations("common");
  const [choice, setChoice] = useState("");
  const nameOf = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name ?? iso3;
  const add = () => {
    if (choice && !value.includes(choice)) onChange([...value, choice]);
    setChoice("");
  };
  const label = t("countries");
  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={`action-countries-hint${errors?.length ? " action-countries-error" : ""}`}
    >
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-live="polite">
          {value.map((iso3) => (
            <li
              key={iso3}
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-0.5 pe-1 ps-3 text-sm"
            >
              {nameOf(iso3)}
              <button
                type="button"
                className="inline-flex h-8 w-8 items-center justify-center rounded-full hover:bg-slate-200"
                aria-label={t("removeCountry", { name: nameOf(iso3) })}
                onClick={() => onChange(value.filter((c) => c !== iso3))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label htmlFor="action-country-choice" className="sr-only">
          {t("chooseCountry")}
        </label>
        <select
          id="action-country-choice"
          value={choice}
          aria-invalid={errors?.length ? true : undefined}
          onChange={(e) => setChoice(e.target.value)}
          className="min-h-10 max-w-full min-w-0 flex-1 basis-56 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
        >
          <option value="">{t("chooseCountry")}</option>
          {countries
            .filter((c) => !value.includes(c.iso3))
            .map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
        </select>
        <Button type="button" variant="secondary" onClick={add}>
          {t("addCountry")}
        </Button>
      </div>
      <p id="action-countries-hint" className="text-xs text-slate-600">
        {t("countriesHint")}
      </p>
      {errors?.length ? (
        <p id="action-countries-error" role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label, message: errors.join(" ") })}
        </p>
      ) : null}
    </fieldset>
  );
}
