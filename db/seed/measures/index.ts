// The measures catalogue: every recommended measure in the five source documents, each defined once
// (in the file of its principal source) with citations to every document that recommends it.
import { A_63_677 } from "./a-63-677";
import { A_65_877 } from "./a-65-877";
import { A_72_884 } from "./a-72-884";
import { SG_2025 } from "./sg-2025";
import { TOOLKIT_CIVIL_SOCIETY } from "./toolkit-civil-society";
import { TOOLKIT_FRAMEWORK } from "./toolkit-framework";
import { TOOLKIT_GOVERNMENTS } from "./toolkit-governments";
import { TOOLKIT_MEDIA_ACADEMIA } from "./toolkit-media-academia";
import { TOOLKIT_PARLIAMENTS } from "./toolkit-parliaments";
import { TOOLKIT_PREVENTION } from "./toolkit-prevention";
import { TOOLKIT_REGIONAL } from "./toolkit-regional";
import type { MeasureSeed } from "./types";

export * from "./types";

export const MEASURES: readonly MeasureSeed[] = [
  ...A_72_884,
  ...A_63_677,
  ...A_65_877,
  ...SG_2025,
  ...TOOLKIT_PREVENTION,
  ...TOOLKIT_FRAMEWORK,
  ...TOOLKIT_GOVERNMENTS,
  ...TOOLKIT_PARLIAMENTS,
  ...TOOLKIT_REGIONAL,
  ...TOOLKIT_CIVIL_SOCIETY,
  ...TOOLKIT_MEDIA_ACADEMIA,
];

/** The measures by which national progress is usually judged (see README). */
export const KEY_MEASURE_SLUGS = MEASURES.filter((m) => m.key).map((m) => m.slug);
