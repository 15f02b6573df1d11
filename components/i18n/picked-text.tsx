// A localized text already picked for the page on the server, sent to a client list as this small
// shape instead of every language (decision 035), and drawn the way LocalizedText draws it: in
// another language than the page's, with its own `lang`/`dir` and the "shown in …" label (decision 027).
import { localeDirection, type Locale } from "~/db/locales";
import { pickText, type LocalizedText } from "~/db/localized-text";
import { ShownInBadge } from "./shown-in-badge";

export interface PickedTextView {
  text: string;
  /** Set only when the text is in another language than the page's (not translated yet). */
  lang?: Locale;
}

/** The page's language if the text has it, else the nearest that does; "" when none has any. */
export function pickedTextView(value: LocalizedText | null | undefined, locale: Locale): PickedTextView {
  const picked = pickText(value, locale);
  return picked.lang && picked.lang !== locale ? { text: picked.text, lang: picked.lang } : { text: picked.text };
}

export function PickedText({ text, lang }: PickedTextView) {
  if (!lang) return <>{text}</>;
  return (
    <>
      <span lang={lang} dir={localeDirection(lang)}>
        {text}
      </span>{" "}
      <ShownInBadge lang={lang} />
    </>
  );
}
