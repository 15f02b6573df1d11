"use client";
// Whom the action addressed: rows of (kind, institution or person), added and removed in place.
import { useTranslations } from "next-intl";
import { Button } from "~/components/ui/button";
import { TARGET_KINDS } from "~/db/schema/advocacy-vocabulary";
import type { ActionTarget } from "./action-form-data";

interface Props {
  value: ActionTarget[];
  onChange: (next: ActionTarget[]) => void;
  errors?: string[];
}

const inputClass = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

export function TargetsField({ value, onChange, errors }: Props) {
  const t = useTranslations("actions");
  const tc = useTranslations("common");
  const set = (i: number, patch: Partial<ActionTarget>) =>
    onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium text-slate-800">{t("fields.targets")}</legend>
      {value.length === 0 && <p className="text-sm text-slate-600">{t("fields.noTargets")}</p>}
      <ol className="flex flex-col gap-2">
        {value.map((target, i) => (
          <li key={i} className="grid gap-2 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_auto] sm:items-end">
            <div className="flex flex-col gap-1">
              <label htmlFor={`action-target-kind-${i}`} className="text-xs text-slate-700">
                {t("fields.targetKind")}
              </label>
              <select
                id={`action-target-kind-${i}`}
                value={target.kind}
                onChange={(e) => set(i, { kind: e.target.value })}
                className={inputClass}
              >
                {TARGET_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`targetKinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`action-target-name-${i}`} className="text-xs text-slate-700">
                {t("fields.targetName")}
              </label>
              <input
                id={`action-target-name-${i}`}
                value={target.name}
                maxLength={300}
                onChange={(e) => set(i, { name: e.target.value })}
                className={inputClass}
              />
            </div>
            <Button
              type="button"
              variant="secondary"
              aria-label={t("fields.removeTarget", { n: i + 1 })}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() => onChange([...value, { kind: "ministry", name: "" }])}
        >
          {t("fields.addTarget")}
        </Button>
      </div>
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-700">
          {tc("fieldError", { label: t("fields.targets"), message: errors.join(" ") })}
        </p>
      ) : null}
    </fieldset>
  );
}
