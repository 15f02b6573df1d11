"use client";
// Keeps a form's unsaved input across a reload or a lost connection, and warns before leaving it:
// saved to localStorage on every change, restored when the form opens again, cleared on save.
import { useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import { applyFields, formFields, readDraft, removeDraft, writeDraft } from "./form-draft";

interface Options<S> {
  /** Which form and which thing: "action:new", "record:<id>:commitment"… */
  key: string;
  formRef: RefObject<HTMLFormElement | null>;
  /** The state kept outside the form's fields; saved whenever it changes. */
  state: S;
  /** Called once with the saved state when a draft is restored. */
  onRestore: (state: S) => void;
}

export function useFormDraft<S>({ key, formRef, state, onRestore }: Options<S>) {
  const t = useTranslations("forms.draft");
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  /** False until the saved draft (if any) is back in the form: saving earlier would overwrite it. */
  const ready = useRef(false);
  const dirty = useRef(false);

  // Compared as text: the caller builds a new state object on every render, and saving on a render
  // that changed nothing would mark the form dirty (and re-save a draft just cleared).
  const stateJson = JSON.stringify(state);
  const save = useCallback(() => {
    const form = formRef.current;
    if (!form || !ready.current) return;
    dirty.current = true;
    writeDraft(window.localStorage, key, { savedAt: Date.now(), fields: formFields(form), state: JSON.parse(stateJson) as S });
  }, [formRef, key, stateJson]);

  // localStorage is outside React: read it once the server-rendered form is in the page.
  const restoreDraft = useEffectEvent(() => {
    const draft = readDraft<S>(window.localStorage, key);
    const form = formRef.current;
    if (draft && form) {
      applyFields(form, draft.fields);
      onRestore(draft.state);
      setRestoredAt(draft.savedAt);
      dirty.current = true;
    }
  });
  useEffect(() => {
    restoreDraft();
    // The restored state re-renders first; saving starts with the next change.
    const timer = setTimeout(() => {
      ready.current = true;
    });
    return () => clearTimeout(timer);
  }, [key]);

  // The pickers' state changes without an input event on the form.
  useEffect(() => {
    save();
    // `save` changes with `state`; saving on each change is the point.
  }, [save]);

  // Leaving with unsaved input: the browser's own prompt on reload/close, ours on in-app links.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      if (!dirty.current || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
      if (!window.confirm(t("leaveWarning"))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [t]);

  return {
    /** Pass to the form's onChange/onInput. */
    save,
    /** When the shown draft was saved, for the "restored" notice; null when the form started fresh. */
    restoredAt,
    /** After a successful save, and when the person discards the draft. */
    clear: useCallback(() => {
      dirty.current = false;
      removeDraft(window.localStorage, key);
    }, [key]),
    discard: useCallback(() => {
      dirty.current = false;
      removeDraft(window.localStorage, key);
      window.location.reload();
    }, [key]),
  };
}
