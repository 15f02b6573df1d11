"use client";
// Find a measure by its title (either language) and add its identifier to the record's list.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "~/components/ui/button";

export interface MeasureOption {
  slug: string;
  title: string;
}

export function MeasurePicker({ options, onAdd }: { options: MeasureOption[]; onAdd: (slug: string) => void }) {
  const t = useTranslations("records.fields");
  const [value, setValue] = useState("");
  const add = () => {
    // The datalist fills in the title; accept either a title or an identifier.
    const found = options.find((o) => o.title === value || o.slug === value);
    if (found) onAdd(found.slug);
    setValue("");
  };
  return (
    <div className="flex items-end gap-2">
      <div className="flex grow flex-col gap-1">
        <label htmlFor="record-measure-search" className="text-sm font-medium text-slate-800">
          {t("findMeasure")}
        </label>
        <input
          id="record-measure-search"
          list="record-measure-options"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        />
        <datalist id="record-measure-options">
          {options.map((o) => (
            <option key={o.slug} value={o.title} />
          ))}
        </datalist>
      </div>
      <Button type="button" variant="secondary" onClick={add}>
        {t("addMeasure")}
      </Button>
    </div>
  );
}
