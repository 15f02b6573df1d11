// Unsaved form input kept in the browser (localStorage): what the person typed, as the form's own
// fields plus the state the pickers hold. Pure functions over a Storage, so they are unit-tested;
// use-form-draft.ts wires them to a form.

/** Every key starts with this, so signing out can remove them all. */
export const DRAFT_PREFIX = "r2p:draft:";

/** A week: a draft older than that is more likely forgotten than wanted. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface StoredDraft<S> {
  savedAt: number;
  /** The form's named fields in document order, as FormData gives them (files left out). */
  fields: [string, string][];
  /** The state the form keeps outside its fields (chosen measures, paragraphs, files…). */
  state: S;
}

export function readDraft<S>(storage: Storage, key: string, now = Date.now()): StoredDraft<S> | null {
  try {
    const raw = storage.getItem(DRAFT_PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as StoredDraft<S>;
    const valid =
      typeof draft?.savedAt === "number" &&
      Array.isArray(draft.fields) &&
      draft.fields.every((f) => Array.isArray(f) && typeof f[0] === "string" && typeof f[1] === "string");
    if (!valid || now - draft.savedAt > DRAFT_MAX_AGE_MS) {
      storage.removeItem(DRAFT_PREFIX + key);
      return null;
    }
    return draft;
  } catch {
    // Unreadable (another version's format, or storage refused): start afresh.
    return null;
  }
}

export function writeDraft<S>(storage: Storage, key: string, draft: StoredDraft<S>) {
  try {
    storage.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the form still works, it only cannot keep a draft.
  }
}

export function removeDraft(storage: Storage, key: string) {
  try {
    storage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing to do.
  }
}

/** On sign-out: drafts stay on this device otherwise, readable by the next person using it. */
export function removeAllDrafts(storage: Storage) {
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (k): k is string => !!k && k.startsWith(DRAFT_PREFIX),
    );
    for (const k of keys) storage.removeItem(k);
  } catch {
    // Nothing to do.
  }
}

/** The fields to keep: named, not files, not the hidden inputs that mirror picker state. */
export function formFields(form: HTMLFormElement): [string, string][] {
  const hidden = new Set(
    Array.from(form.querySelectorAll<HTMLInputElement>("input[type=hidden][name]")).map((i) => i.name),
  );
  return Array.from(new FormData(form).entries()).flatMap(([name, value]) =>
    typeof value === "string" && !hidden.has(name) ? [[name, value] as [string, string]] : [],
  );
}

/** Puts saved values back into the form's uncontrolled fields. */
export function applyFields(form: HTMLFormElement, fields: [string, string][]) {
  const saved = new Map<string, string[]>();
  for (const [name, value] of fields) saved.set(name, [...(saved.get(name) ?? []), value]);
  const seen = new Map<string, number>();
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) continue;
    if (!el.name || el.type === "hidden" || el.type === "file" || el.type === "submit") continue;
    const values = saved.get(el.name);
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      el.checked = values?.includes(el.value) ?? false;
    } else if (values) {
      // Several fields may share a name: the n-th gets the n-th value.
      const n = seen.get(el.name) ?? 0;
      seen.set(el.name, n + 1);
      if (n < values.length) el.value = values[n]!;
    }
  }
}
