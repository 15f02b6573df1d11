// Measures whose principal source is A/72/884-S/2018/525, "Responsibility to protect: from early warning to
// early action" (2018): the recommendations of section 四 (paragraphs 45-49 and every sub-item) and the
// steps proposed in sections 二 (early warning) and 三 (early action).
// The recommendations are split by addressee into the files below.
import { A_72_884_MEMBER_STATES } from "./a-72-884-member-states";
import { A_72_884_MEMBER_STATES_ACCOUNTABILITY } from "./a-72-884-member-states-accountability";
import { A_72_884_REGIONAL_AND_UN } from "./a-72-884-regional-and-un";
import { A_72_884_UN_SYSTEM } from "./a-72-884-un-system";
import type { MeasureSeed } from "./types";

export const A_72_884: MeasureSeed[] = [
  ...A_72_884_MEMBER_STATES,
  ...A_72_884_MEMBER_STATES_ACCOUNTABILITY,
  ...A_72_884_REGIONAL_AND_UN,
  ...A_72_884_UN_SYSTEM,
];
