"use client";
// The document paragraphs a record or an action cites: choose a document, then find a paragraph by
// its number or words (or browse them) with its text previewed, and add it. Submitted as lines of
// `document#locator` in a hidden input, the format the services already validate.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useTRPC } from "~/components/trpc/provider";
import { Combobox, LinkedList } from "./combobox";

export interface DocumentChoice {
  slug: string;
  /** Symbol and title in the reader's language: "A/72/884 — Mobilizing collective action…". */
  label: string;
  /** Short form for linked paragraphs: the symbol, or the title when there is none. */
  short: string;
}

/** Browsing shows this many at a time; typing narrows the rest. */
const SHOWN = 50;

export const unitKey = (document: string, locator: string) => `${document}#${locator}`;

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

export function ParagraphField({ name, documents, value, onChange, errors, cited }: {
  name: string;
  /** The paragraph the reader's "Cite in …" link brought: announced once, so nobody wonders where it went. */
  cited?: string;
  documents: DocumentChoice[];
  value: string[];
  onChange: (units: string[]) => void;
  errors?: string[];
}) {
  const t = useTranslations("forms.paragraphs");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [slug, setSlug] = useState("");
  const [query, setQuery] = useState("");
  const doc = useQuery({ ...trpc.documents.get.queryOptions({ slug }), enabled: slug !== "" });
  const units = useMemo(() => (doc.data?.units ?? []).filter((u) => u.kind !== "heading"), [doc.data]);
  const matching = useMemo(() => {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    return units.filter((u) => {
      const hay = fold(`${u.locator} ${u.heading} ${u.text}`);
      return terms.every((term) => hay.includes(term));
    });
  }, [units, query]);
  const shown = matching.slice(0, SHOWN);
  const short = new Map(documents.map((d) => [d.slug, d.short]));
  const selectId = `${name}-document`;
  const label = (key: string) => {
    const at = key.lastIndexOf("#");
    const [d, locator] = [key.slice(0, at), key.slice(at + 1)];
    return t("cited", { document: short.get(d) ?? d, locator });
  };

  return (
    <fieldset className="flex flex-col gap-2 sm:col-span-2" data-testid="paragraph-field">
      <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm text-slate-800">
          {t("document")}
        </label>
        <select
          id={selectId}
          value={slug}
          onChange={(e) => {
            setSlug(e.target.value);
            setQuery("");
          }}
          className="min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        >
          <option value="">{t("chooseDocument")}</option>
          {documents.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      {slug && doc.isPending && <p role="status" className="text-sm text-slate-600">{t("loading")}</p>}
      {slug && doc.isError && <p role="alert" className="text-sm text-red-700">{t("loadFailed")}</p>}
      {slug && doc.data && (
        <Combobox
          inputId={`${name}-search`}
          label={t("find")}
          hint={t("findHint")}
          query={query}
          onQuery={setQuery}
          browse
          options={shown.map((u) => ({
            id: u.locator,
            label: t("paragraph", { locator: u.locator }),
            detail: u.text.length > 140 ? `${u.text.slice(0, 140)}…` : u.text,
            badge: value.includes(unitKey(slug, u.locator)) ? t("linked") : undefined,
          }))}
          onChoose={(locator) => {
            const key = unitKey(slug, locator);
            if (!value.includes(key)) onChange([...value, key]);
          }}
          status={t("found", { count: matching.length, shown: shown.length })}
          preview={(locator) => {
            const unit = units.find((u) => u.locator === locator);
            return unit ? (
              <div data-testid="paragraph-preview" className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm" lang={doc.data.language === "zh" ? "zh-CN" : doc.data.language}>
                <p className="text-xs font-medium text-slate-600">{t("preview", { locator: unit.locator })}</p>
                <p className="whitespace-pre-line">{unit.text}</p>
              </div>
            ) : null;
          }}
        />
      )}
      {cited && value.includes(cited) && (
        <p role="status" className="text-sm text-slate-700">
          {t("citeAdded", { name: label(cited) })}
        </p>
      )}
      <input type="hidden" name={name} value={value.join("\n")} />
      <LinkedList
        label={t("linkedList")}
        items={value.map((key) => ({ id: key, label: label(key) }))}
        removeLabel={(label) => t("remove", { name: label })}
        onRemove={(key) => onChange(value.filter((k) => k !== key))}
      />
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label: t("legend"), message: errors.join(" ") })}
        </p>
      ) : null}
    </fieldset>
  );
}
