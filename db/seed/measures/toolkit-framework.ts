// Measures from Part I of the toolkit (the framework: the World Summit commitments, the use of force,
// challenges, misconceptions and related agendas) that no other document states more fully.
import { cite, measure as m } from "./types";

const t = (locator: string, quote: string) => cite("icrtop-toolkit", locator, quote);

export const TOOLKIT_FRAMEWORK = [
  m("use-peaceful-means-under-chapters-vi-and-viii", "international_community", 3, "diplomatic", "downstream",
    ["使用适当的外交、人道主义和其他和平手段", "Use appropriate diplomatic, humanitarian and other peaceful means under Chapters VI and VIII"],
    ["国际社会通过联合国，根据《宪章》第六章和第八章使用外交、人道主义和其他和平手段帮助保护人民。", "Through the UN, the international community uses diplomatic, humanitarian and other peaceful means under Chapters VI and VIII to help protect people."],
    [
      t("s7-3", "国际社会通过联合国也有责任根据《联合国宪章》第六章和第八章，使用适当的外交、人道主义和其他和平手段"),
      t("s2-5", "国际社会也有责任采取适当的外交、人道主义和其他和平手段"),
      cite("a-72-884", "47", "使用适当的外交、人道主义和其他和平手段，帮助保护民众免遭暴行罪之害"),
      cite("a-63-677", "51", "第三支柱还包括《宪章》第六章和第八章规定的范围广泛的非强制性和非暴力应对措施"),
      cite("a-65-877", "30", "采用《宪章》第六章和第八章规定的各种侦查、实况调查、斡旋、调解、个人劝服和解决冲突等工具默默开展的应对行动"),
    ]),
  m("timely-decisive-collective-action-through-security-council", "international_community", 3, "military", "downstream",
    ["通过安全理事会逐案处理，并酌情与相关区域组织合作，即时、果断地采取集体行动", "Take timely and decisive collective action through the Security Council, including under Chapter VII"],
    ["和平手段不足且国家当局显然无法保护人民时，通过安理会逐案、及时、果断地采取集体行动，武力仅作为最后手段。", "When peaceful means fail and authorities manifestly fail to protect, take collective action through the Security Council case by case; force only as a last resort."],
    [
      t("s7-3", "通过安全理事会逐案处理，并酌情与相关区域组织合作，即时、果断地采取集体行动"),
      t("s19-1", "安理会可以授权集体使用武力来保护平民免受大规模暴行的伤害"),
      t("s16-4", "包括根据《联合国宪章》第七章采取集体强制措施"),
      cite("a-63-677", "56", "这种集体措施可由安全理事会根据《宪章》第四十一条或第四十二条授权"),
      cite("sg-2025", "1", "他们随时准备根据《宪章》，包括第七章，通过安全理事会逐案处理"),
    ]),
  m("support-special-adviser-mandate", "international_community", null, "institutional", null,
    ["我们全力支持秘书长防止种族灭绝问题特别顾问的任务", "Fully support the mandate of the Special Adviser on the Prevention of Genocide"],
    ["会员国全力支持防止灭绝种族问题特别顾问和保护责任问题特别顾问的任务。", "Member states fully support the mandates of the Special Advisers on the Prevention of Genocide and on R2P."],
    [
      t("s7-4", "我们全力支持秘书长防止种族灭绝问题特别顾问的任务"),
      cite("sg-2025", "2", "会员国在《世界首脑会议成果》第140段还重申支持秘书长防止灭绝种族问题特别顾问的任务"),
    ]),
  m("security-council-prompt-statements-on-crises", "un_system", 3, "diplomatic", "downstream",
    ["通过针对危机情况迅速发表声明", "Security Council issues prompt statements on emerging crises"],
    ["安理会成员针对危机迅速发表声明，更有效地预防暴行。", "Security Council members speak out quickly on crises to prevent atrocities more effectively."],
    [t("s5-10", "但同时鼓励安理会成员应该更加有效地预防保护责任范畴内的罪行（例如：通过针对危机情况迅速发表声明")]),
  m("no-fly-zones-observers-and-civil-protection-forces", "international_community", 3, "military", "downstream",
    ["设立禁飞区、派遣观察团和民防部队等", "Establish no-fly zones and deploy observer missions and civil protection forces"],
    ["在第三支柱下采取设立禁飞区、派遣观察团和民防部队等措施。", "Under pillar three, establish no-fly zones and deploy observer missions and civil protection forces."],
    [t("s22-2", "包括预防性外交、派遣调查团、实施经济制裁和禁运以及采取军事行动，例如设立禁飞区、派遣观察团和民防部队等")]),
  m("make-atrocity-prevention-a-primary-objective", "international_community", null, "institutional", "upstream",
    ["需要将防止大规模暴行作为主要目标", "Make the prevention of mass atrocities a primary objective of every actor's work"],
    ["国际社会、区域组织、各国和民间组织把防止大规模暴行作为工作的主要目标，并将预防视角纳入三大支柱。", "International, regional, national and civil society actors make atrocity prevention a main goal and build it into all three pillars."],
    [
      t("s21-4", "在国际社会、区域组织、主权国家以及民间组织的工作中，需要将防止大规模暴行作为主要目标"),
      cite("sg-2025", "35", "将预防暴行的视角系统地融入所有这些努力以及保护责任的三大支柱之中"),
    ]),
  m("sexual-violence-as-early-warning-indicator", "international_community", null, "women_peace_security", "downstream",
    ["性暴力是这些罪行的早期预警因素", "Treat sexual violence as an early-warning indicator and gather the information needed"],
    ["把性暴力作为暴行的早期预警因素，收集足够的信息和资料以查明原因。", "Treat sexual violence as an early-warning sign of atrocity crimes and collect the data needed to understand it."],
    [
      t("s23-3", "性暴力是这些罪行的早期预警因素"),
      t("s23-3", "人们却未能掌握足够的信息和资料找出原因"),
    ]),
  m("regulate-arms-transfers-arms-trade-treaty", "government", 1, "security", "upstream",
    ["该协定致力于管理传统武器的流通，并规定应该防止那些极可能被用于大规模暴行的武器的流通", "Regulate conventional arms transfers and stop those likely to be used for atrocities (Arms Trade Treaty)"],
    ["参加《武器贸易条约》，管理常规武器流通，阻止可能被用于大规模暴行的武器转让。", "Join the Arms Trade Treaty: regulate conventional arms transfers and stop those likely to be used for atrocities."],
    [t("s23-5", "该协定致力于管理传统武器的流通，并规定应该防止那些极可能被用于大规模暴行的武器的流通")]),
];
