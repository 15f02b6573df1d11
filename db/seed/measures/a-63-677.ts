// Measures whose principal source is A/63/677, "Implementing the responsibility to protect" (2009): the
// policies and practices of sections 二-四 (pillars one to three), the five points of paragraph 71 for
// the General Assembly, and the annex on early warning and assessment (the Special Adviser's functions).
// Split by pillar into the two files below.
import { A_63_677_PILLAR_THREE_AND_ANNEX } from "./a-63-677-pillar-three-and-annex";
import { A_63_677_PILLARS_ONE_TWO } from "./a-63-677-pillars-one-two";

export const A_63_677 = [...A_63_677_PILLARS_ONE_TWO, ...A_63_677_PILLAR_THREE_AND_ANNEX];
