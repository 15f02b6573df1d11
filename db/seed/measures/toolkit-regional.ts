// The toolkit's list of what regional and sub-regional arrangements can do (s31-23 to s31-35; the parser
// files this page under the parliamentarians' section, but its heading is "区域和次区域安排如何保护人民…").
import { cite, measure as m } from "./types";

const t = (locator: string, quote: string) => cite("icrtop-toolkit", locator, quote);

export const TOOLKIT_REGIONAL = [
  m("regional-membership-thresholds-on-atrocities", "regional_organization", 1, "normative", "upstream",
    ["制定并实施与人权侵犯和大规模暴行相关的会员门槛", "Set and apply membership thresholds on human rights violations and mass atrocities"],
    ["制定并执行与人权和暴行相关的成员资格标准，必要时暂停成员资格。", "Set and enforce membership standards on human rights and atrocities, suspending members where needed."],
    [
      t("s31-25", "制定并实施与人权侵犯和大规模暴行相关的会员门槛"),
      t("s31-24", "预防保护责任范畴下的四种罪行"),
      cite("a-65-877", "34", "非洲联盟和次区域组织对那些通过军事政变推翻现有政府的国家取消成员资格"),
      cite("a-65-877", "18", "同时在成员准入方面制定严格标准"),
    ]),
  m("regional-monitor-incitement", "regional_organization", 1, "media", "downstream",
    ["通过监督当地媒体、地区媒体和政府部门的煽动性言论来预防煽动行为", "Prevent incitement by monitoring local and regional media and official statements"],
    ["监测地方、地区媒体和政府部门的煽动性言论，及时交流信息以制止煽动。", "Monitor local and regional media and officials for incitement and share records promptly to stop it."],
    [
      t("s31-28", "通过监督当地媒体、地区媒体和政府部门的煽动性言论来预防煽动行为"),
      cite("a-65-877", "33", "制止国家官员和反对派领导人及其支持者发起煽动行为并监测其言论可以是一个重要的预防步骤"),
    ]),
  m("regional-diplomatic-pressure", "regional_organization", 3, "diplomatic", "downstream",
    ["通过发表声明表示担忧和（或）召回使节等手段，施加外交压力", "Apply diplomatic pressure through statements of concern and recalling envoys"],
    ["发表关切声明或召回使节，施加外交压力。", "Issue statements of concern or recall envoys to apply diplomatic pressure."],
    [
      t("s31-30", "通过发表声明表示担忧和（或）召回使节等手段，施加外交压力"),
      t("s31-29", "及时果断地应对大规模暴行的威胁或发生"),
    ]),
  m("regional-fact-finding-and-commissions-of-inquiry", "regional_organization", 3, "accountability", "downstream",
    ["成立实况调查组和调查委员会，调查并报告所谓的“人民受到的威胁”", "Set up fact-finding missions and commissions of inquiry"],
    ["成立实况调查组和调查委员会，调查并报告人民所受威胁。", "Set up fact-finding teams and commissions of inquiry to investigate and report on threats to people."],
    [
      t("s31-31", "成立实况调查组和调查委员会，调查并报告所谓的“人民受到的威胁”"),
      cite("sg-2025", "52", "欧安组织在吉尔吉斯斯坦的援助和调查(2010年)"),
    ]),
  m("regional-preventive-diplomacy-and-mediation", "regional_organization", 3, "mediation", "downstream",
    ["协助进行预防性外交，可以包括派遣名人和任命使节发起对话或帮助和解", "Preventive diplomacy and mediation, including eminent persons and envoys"],
    ["开展预防性外交、调解和斡旋，派遣名人或任命特使促成对话与和解。", "Engage in preventive diplomacy, mediation and good offices, sending eminent persons or envoys to open dialogue."],
    [
      t("s31-32", "协助进行预防性外交，可以包括派遣名人和任命使节发起对话或帮助和解"),
      cite("sg-2025", "46", "成功地运用调解、预防性外交和斡旋化解了各自区域内的暴力冲突"),
      cite("a-72-884", "37", "区域安排显示了其在利用外交和调解解决紧张局势"),
      cite("a-65-877", "11", "邻国以及区域和次区域组织可以发挥重要的调解作用"),
    ]),
  m("regional-targeted-sanctions", "regional_organization", 3, "sanctions", "downstream",
    ["采取有针对性的外交制裁、旅游禁令、资产冻结、贸易禁令、武器禁运和中断援助等手段", "Targeted diplomatic sanctions, travel bans, asset freezes, trade bans, arms embargoes and aid suspension"],
    ["区域组织采取外交制裁、旅行禁令、资产冻结、贸易禁令、武器禁运和中断援助等定向措施。", "Regional organisations impose targeted diplomatic sanctions, travel bans, asset freezes, trade bans, arms embargoes and aid cuts."],
    [t("s31-33", "采取有针对性的外交制裁、旅游禁令、资产冻结、贸易禁令、武器禁运和中断援助等手段")]),
  m("regional-peacekeeping-and-protection-missions", "regional_organization", 3, "peacekeeping", "downstream",
    ["派遣军人、警察和民兵，按照《联合国宪章》的要求，参与维和、监控和保护平民的任务", "Deploy military, police and civilian personnel for peacekeeping, monitoring and protection of civilians in line with the Charter"],
    ["按照《联合国宪章》派遣军警和文职人员参与维和、监测和保护平民任务。", "Send troops, police and civilians, as the Charter requires, on peacekeeping, monitoring and civilian-protection missions."],
    [t("s31-34", "派遣军人、警察和民兵，按照《联合国宪章》的要求，参与维和、监控和保护平民的任务")]),
  m("regional-judicial-cooperation-and-icc-referral", "regional_organization", 3, "accountability", "downstream",
    ["与区域性司法机构进行合作或要求将案件转交给国际刑事法院办理", "Cooperate with regional courts or request referral of cases to the ICC"],
    ["与区域司法机构合作，或要求将案件移交国际刑事法院。", "Work with regional judicial bodies or ask for cases to be referred to the International Criminal Court."],
    [t("s31-35", "与区域性司法机构进行合作或要求将案件转交给国际刑事法院办理")]),
];
