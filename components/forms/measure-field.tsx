"use client";
// The measures a record or an action advances: found by title (either language) or by their words,
// shown with actor and pillar, chosen with the keyboard or the mouse. The form reads the hidden input.
import { textIn } from "~/db/localized-text";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Combobox, LinkedList } from "./combobox";
import { type MeasureChoice, searchMeasures } from "./measure-search";
import type { Locale } from "~/db/locales";

interface Props {
  /** The form field name the slugs are submitted under, one per line. */
  name: string;
  choices: MeasureChoice[];
  value: string[];
  onChange: (slugs: string[]) => void;
  lang: Locale;
  errors?: string[];
}

export function MeasureField({ name, choices, value, onChange, lang, errors }: Props) {
  const t = useTranslations("forms.measures");
  const tc = useTranslations("common");
  const [query, setQuery] = useState("");
  const bySlug = useMemo(() => new Map(choices.map((c) => [c.slug, c])), [choices]);
  const found = useMemo(() => searchMeasures(choices, query), [choices, query]);
  const title = (c: MeasureChoice) => textIn(c.title, lang) || c.slug;
  const detail = (c: MeasureChoice) => [c.actorLabel, c.pillarLabel].filter(Boolean).join(" · ");
  return (
    <div className="flex flex-col gap-2" data-testid="measure-field">
      <Combobox
        inputId={`${name}-search`}
        label={t("label")}
        hint={t("hint")}
        query={query}
        onQuery={setQuery}
        options={found.map((c) => ({ id: c.slug, label: title(c), detail: detail(c), badge: value.includes(c.slug) ? t("linked") : undefined }))}
        onChoose={(slug) => {
          if (!value.includes(slug)) onChange([...value, slug]);
          setQuery("");
        }}
        status={query.trim() ? t("found", { count: found.length }) : ""}
      />
      <input type="hidden" name={name} value={value.join("\n")} />
      <LinkedList
        label={t("linkedList")}
        items={value.map((slug) => {
          const c = bySlug.get(slug);
          return { id: slug, label: c ? title(c) : slug, detail: c ? detail(c) : undefined };
        })}
        removeLabel={(label) => t("remove", { name: label })}
        onRemove={(slug) => onChange(value.filter((s) => s !== slug))}
      />
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label: t("linkedList"), message: errors.join(" ") })}
        </p>
      ) : null}
    </div>
  );
}
