// The reader's "Cite in a record / in an action" links open a form with `?cite=document#locator`.
// Only the shape is checked here; the service refuses a unit that does not exist, beside the field.
const CITE = /^[a-z0-9][a-z0-9-]{0,99}#[\p{L}\p{N}()._-]{1,100}$/u;

export function parseCiteParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && CITE.test(value) ? value : undefined;
}

export const citeHref = (form: "/actions/new" | "/records/new", document: string, locator: string) =>
  ({ pathname: form, query: { cite: `${document}#${locator}` } }) as const;
