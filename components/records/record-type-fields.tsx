"use client";
// The fields that only one type of record has.
import { useTranslations } from "next-intl";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/ui/field";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  PARLIAMENTARY_KINDS,
  PARLIAMENTARY_STATUSES,
  type TRecordType,
  VENUES,
} from "~/db/schema/record-vocabulary";
import { errorsFor } from "./record-form-data";

interface Props {
  type: TRecordType;
  values: Record<string, unknown>;
  errors: Record<string, string[]>;
}

export function RecordTypeFields({ type, values, errors }: Props) {
  const t = useTranslations("records");
  const v = (k: string) => (values[k] as string | null | undefined) ?? "";
  const choice = (name: string, options: readonly string[], group: string) => (
    <SelectField id={`record-${name}`} name={name} label={t(`fields.${name === "kind" ? "kind" : name}`)} defaultValue={v(name)} required errors={errorsFor(errors, name)}>
      <option value="">{t("fields.choose")}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {t(`${group}.${o}`)}
        </option>
      ))}
    </SelectField>
  );
  if (type === "commitment") {
    return (
      <>
        {choice("kind", COMMITMENT_KINDS, "commitmentKinds")}
        {choice("venue", VENUES, "venues")}
        {choice("status", COMMITMENT_STATUSES, "commitmentStatuses")}
        <TextField id="record-treaty" name="treaty" label={t("fields.treaty")} defaultValue={v("treaty")} errors={errorsFor(errors, "treaty")} />
      </>
    );
  }
  if (type === "focal_point") {
    return (
      <>
        <TextField id="record-endedOn" name="endedOn" type="date" label={t("fields.endedOn")} defaultValue={v("endedOn")} errors={errorsFor(errors, "endedOn")} />
        <TextField id="record-office" name="office" label={t("fields.office")} defaultValue={v("office")} required errors={errorsFor(errors, "office")} />
        <TextField id="record-positionTitle" name="positionTitle" label={t("fields.positionTitle")} defaultValue={v("positionTitle")} errors={errorsFor(errors, "positionTitle")} />
        <TextField id="record-personName" name="personName" label={t("fields.personName")} defaultValue={v("personName")} errors={errorsFor(errors, "personName")} />
        <CheckboxField id="record-personNamePublic" name="personNamePublic" label={t("fields.personNamePublic")} defaultChecked={values.personNamePublic === true} />
        <CheckboxField id="record-network" name="network" label={t("fields.network")} defaultChecked={values.network === true} />
      </>
    );
  }
  return (
    <>
      <TextField id="record-chamber" name="chamber" label={t("fields.chamber")} defaultValue={v("chamber")} required errors={errorsFor(errors, "chamber")} />
      {choice("kind", PARLIAMENTARY_KINDS, "parliamentaryKinds")}
      {choice("status", PARLIAMENTARY_STATUSES, "parliamentaryStatuses")}
      <TextAreaField id="record-membersInvolved" name="membersInvolved" label={t("fields.membersInvolved")} defaultValue={v("membersInvolved")} errors={errorsFor(errors, "membersInvolved")} />
      <TextAreaField id="record-outcome" name="outcome" label={t("fields.outcome")} defaultValue={v("outcome")} errors={errorsFor(errors, "outcome")} />
    </>
  );
}
