"use client";
// A short list of choices as checkboxes (co-authors, linked records), submitted under one name.
import { useTranslations } from "next-intl";

interface Props {
  name: string;
  legend: string;
  hint?: string;
  empty: string;
  options: { value: string; label: string }[];
  defaultValue: string[];
  errors?: string[];
}

export function CheckboxList({ name, legend, hint, empty, options, defaultValue, errors }: Props) {
  const tc = useTranslations("common");
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <div className="flex max-h-56 flex-col overflow-y-auto rounded-md border border-slate-200 px-2">
          {options.map((o) => (
            <label key={o.value} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={name}
                value={o.value}
                defaultChecked={defaultValue.includes(o.value)}
                className="h-5 w-5 shrink-0"
              />
              <span className="min-w-0 break-words">{o.label}</span>
            </label>
          ))}
        </div>
      )}
      {hint && (
        <p id={`${name}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label: legend, message: errors.join(" ") })}
        </p>
      ) : null}
    </fieldset>
  );
}
