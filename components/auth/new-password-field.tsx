// The one way a person chooses a password (invitation, reset): same rules hint, same autocomplete.
import { useTranslations } from "next-intl";
import { TextField } from "~/components/ui/field";

export function NewPasswordField({ label, errors }: { label: string; errors?: string[] }) {
  const t = useTranslations("auth");
  return (
    <TextField
      id="password"
      type="password"
      label={label}
      hint={t("passwordHint")}
      autoComplete="new-password"
      required
      errors={errors}
    />
  );
}
