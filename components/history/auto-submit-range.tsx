"use client";
// A year slider that submits its form when released (keyboard or pointer). Without JavaScript it is
// a plain range input and the form's button submits it.
export function AutoSubmitRange({ name, min, max, defaultValue }: { name: string; min: number; max: number; defaultValue: number }) {
  return (
    <input
      type="range"
      name={name}
      min={min}
      max={max}
      step={1}
      defaultValue={defaultValue}
      className="w-64 accent-brand-600"
      // On release, not on every step of a drag: one page load per chosen year.
      onPointerUp={(e) => e.currentTarget.form?.requestSubmit()}
      onKeyUp={(e) => {
        if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End" || e.key === "PageUp" || e.key === "PageDown") e.currentTarget.form?.requestSubmit();
      }}
    />
  );
}
