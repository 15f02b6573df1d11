// Measures whose principal source is A/72/884-S/2018/525 (2018), addressed to regional arrangements, the General Assembly, Security Council and Human Rights Council, and civil society: paragraphs 46-48.
import { cite, type MeasureSeed } from "./types";

const r = (locator: string, quote: string) => cite("a-72-884", locator, quote);

export const A_72_884_REGIONAL_AND_UN: MeasureSeed[] = [
  // ——— Regional and sub-regional arrangements (paragraph 46) ———
  {
    slug: "regional-atrocity-early-warning-capacity",
    title: { zh: "建立或进一步发展暴行罪预警和评估的区域能力", en: "Establish or further develop regional capacity for atrocity early warning and assessment" },
    description: {
      zh: "区域和次区域安排建立或发展暴行罪预警和评估能力，或利用现有预警机制吸引人们关注平民面临的威胁。",
      en: "Regional and sub-regional arrangements build atrocity early-warning and assessment capacity, or use existing mechanisms, to draw attention to threats to civilians.",
    },
    actor: "regional_organization", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("46(a)", "建立或进一步发展暴行罪预警和评估的区域能力"),
      r("13", "区域和次区域安排也已采取步骤加强其预警和评估能力"),
      r("16", "西非国家经济共同体的预警和反应网络是一个很好的例子"),
      cite("icrtop-toolkit", "s31-26", "建立早期预警机制或使用现有的早期预警机制，吸引人们关注平民受到威胁的情况"),
      cite("a-65-877", "27", "在非洲，非洲联盟和区域经济共同体建立了预警系统"),
    ],
  },
  {
    slug: "regional-un-information-and-analysis-sharing",
    title: {
      zh: "区域实体和联合国应探讨如何改进信息和分析结果的传递，以促进协调一致的评估和反应",
      en: "Improve the flow of information and analysis between regional bodies and the UN for coherent assessment and response",
    },
    description: {
      zh: "区域组织与联合国及成员国之间交换信息和分析，共享对危机局势的评估。",
      en: "Regional organisations, the UN and member states exchange information and analysis and share their assessments of crises.",
    },
    actor: "regional_organization", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("46(a)", "区域实体和联合国应探讨如何改进信息和分析结果的传递，以促进协调一致的评估和反应"),
      cite("icrtop-toolkit", "s31-27", "与成员国及其他区域和国际组织共同分享关于可能发生的或正在进行的危机的信息"),
      cite("a-65-877", "31", "联合国及其区域和次区域伙伴在收集和交换信息、比较各自的文件记录、交流对共同关心的局势的评估结果等方面有着天然的协同增效作用"),
    ],
  },
  {
    slug: "regional-review-and-strengthen-prevention-capacities",
    title: {
      zh: "通过审查和加强预防能力，包括监测和观察新出现的局势、提出减轻风险措施、谈判解决争端和对争端进行调解以及对国家当局施加影响使其采取必要步骤的能力",
      en: "Review and strengthen regional prevention capacities: monitoring, risk mitigation, negotiation and mediation, and influence on national authorities",
    },
    description: {
      zh: "区域安排审查并加强监测观察、提出减轻风险措施、谈判调解和影响国家当局的能力，支持及早行动。",
      en: "Regional arrangements review and strengthen their capacity to monitor, propose risk mitigation, mediate and influence national authorities.",
    },
    actor: "regional_organization", pillar: 2, category: "capacity_building", prevention: "downstream", key: false,
    sources: [
      r("46(b)", "包括监测和观察新出现的局势、提出减轻风险措施、谈判解决争端和对争端进行调解"),
      r("25", "区域安排有能力通过监测和观察活动牵头相关努力"),
    ],
  },
  {
    slug: "regional-support-member-states-early-warning",
    title: {
      zh: "支持其成员国建设必要的预警和评估能力，以有效识别和应对暴行罪风险",
      en: "Support member states in building the early-warning and assessment capacity they need",
    },
    description: {
      zh: "区域和次区域安排帮助其成员国建立识别和应对暴行风险的预警评估能力和必要机制。",
      en: "Regional arrangements help their member states build the early-warning, assessment and other mechanisms needed to identify and address atrocity risk.",
    },
    actor: "regional_organization", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [
      r("46(c)", "支持其成员国建设必要的预警和评估能力，以有效识别和应对暴行罪风险"),
      r("25", "这些安排可通过支持各国政府建立必要的机制来协助早行动"),
    ],
  },
  {
    slug: "regional-civilian-action-options",
    title: {
      zh: "制定加强防止暴行罪的民事行动备选方案，并提供必要的政治和财政支持",
      en: "Develop options for civilian action to prevent atrocity crimes and provide political and financial support",
    },
    description: {
      zh: "区域安排与特别顾问合作制定加强预防暴行民事行动的方案，并提供政治和财政支持。",
      en: "Regional arrangements work with the Special Advisers on civilian-action options and back them politically and financially.",
    },
    actor: "regional_organization", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [r("46(d)", "制定加强防止暴行罪的民事行动备选方案，并提供必要的政治和财政支持")],
  },
  {
    slug: "regional-support-collective-action",
    title: { zh: "区域安排可在必要时支持预防暴行罪的集体行动", en: "Regional arrangements support collective action to prevent atrocity crimes" },
    description: {
      zh: "风险加剧时，区域安排支持国家行动，与联合国合作解决冲突，并在必要时支持集体行动。",
      en: "When risk grows, regional arrangements support national action, work with the UN to resolve conflict and back collective action if needed.",
    },
    actor: "regional_organization", pillar: 3, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("25", "区域安排可在必要时支持预防暴行罪的集体行动"),
      r("46", "区域和次区域安排在预防暴行罪方面可发挥独特和至关重要的作用"),
      r("25", "并与联合国和其他相关行为体合作，解决可能导致暴行罪的冲突"),
    ],
  },
  {
    slug: "regional-human-rights-and-election-monitoring",
    title: { zh: "开展人权监测、帮助管理和监督选举", en: "Monitor human rights and help manage and observe elections" },
    description: {
      zh: "区域安排开展人权监测，帮助管理和监督选举。",
      en: "Regional arrangements monitor human rights and help run and observe elections.",
    },
    actor: "regional_organization", pillar: 2, category: "human_rights", prevention: "downstream", key: false,
    sources: [r("37", "开展人权监测、帮助管理和监督选举")],
  },
  {
    slug: "regional-humanitarian-relief-and-displacement",
    title: {
      zh: "提供人道主义救济和为救济提供便利以及协调应对流离失所问题",
      en: "Provide and facilitate humanitarian relief and coordinate responses to displacement",
    },
    description: {
      zh: "区域安排提供或便利人道主义救济，协调应对流离失所。",
      en: "Regional arrangements provide or facilitate humanitarian relief and coordinate the response to displacement.",
    },
    actor: "regional_organization", pillar: 3, category: "humanitarian", prevention: "downstream", key: false,
    sources: [r("37", "提供人道主义救济和为救济提供便利以及协调应对流离失所问题")],
  },
  {
    slug: "regional-peacebuilding-and-institution-building",
    title: { zh: "支持建设和平和机构能力建设", en: "Support peacebuilding and institution building" },
    description: {
      zh: "区域安排支持建设和平和国家机构能力建设。",
      en: "Regional arrangements support peacebuilding and the building of state institutions.",
    },
    actor: "regional_organization", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [r("37", "支持建设和平和机构能力建设")],
  },
  // ——— The United Nations: General Assembly, Security Council, Human Rights Council (paragraph 47) ———
  {
    slug: "ga-standing-agenda-item-on-r2p",
    title: { zh: "大会把履行保护责任的进展情况设为一个常设议程项目", en: "General Assembly makes progress on R2P a standing agenda item" },
    description: {
      zh: "大会把保护责任列为常设议程项目，持续审议并反思经验教训。",
      en: "The General Assembly keeps R2P on its agenda as a standing item and continues to reflect on lessons learned.",
    },
    actor: "un_system", pillar: null, category: "normative", prevention: null, key: false,
    sources: [
      r("47(a)", "大会把履行保护责任的进展情况设为一个常设议程项目，从而延长对该问题的审议"),
      r("2", "大会已将保护责任列入第七十二届会议正式议程"),
      r("26", "大会应继续反思经验教训，并确定今后的优先事项和方向"),
    ],
  },
  {
    slug: "ga-recommend-preventive-steps",
    title: {
      zh: "它应继续就在具体情况下可采取哪些步骤来防止暴行罪提出建议",
      en: "General Assembly recommends steps to prevent atrocity crimes in specific situations",
    },
    description: {
      zh: "大会就具体局势中的预防步骤提出建议，必要时建立支持这些建议的机制，并评估行动结果。",
      en: "The General Assembly recommends preventive steps in specific situations, sets up mechanisms to support them and evaluates results.",
    },
    actor: "un_system", pillar: 2, category: "diplomatic", prevention: "downstream", key: false,
    sources: [
      r("47(a)", "它应继续就在具体情况下可采取哪些步骤来防止暴行罪提出建议，并在必要时建立适当的机制来支持这些建议"),
      r("26", "大会也必须评估为预防暴行罪所采取行动的结果，并根据实地经验对措施作出调整"),
    ],
  },
  {
    slug: "ga-act-when-security-council-fails",
    title: {
      zh: "当安全理事会未能采取行动时，大会应考虑《宪章》所载的备选办法",
      en: "When the Security Council fails to act, the General Assembly considers the options in the Charter",
    },
    description: {
      zh: "安理会未能采取行动时，大会将有关局势列入议程并建议措施，包括按“联合一致共策和平”程序行事。",
      en: "When the Security Council fails to act, the General Assembly takes up the situation and recommends measures, including under \"Uniting for peace\".",
    },
    actor: "un_system", pillar: 3, category: "diplomatic", prevention: "downstream", key: false,
    sources: [
      r("47(a)", "当安全理事会未能采取行动时，大会应考虑《宪章》所载的备选办法，将令人关切的局势列入其议程"),
      cite("a-63-677", "63", "按照“联合一致共策和平”的程序，在安全理事会因五个常任理事国未达成一致意见而不能履行国际和平与安全责任的情况下"),
      cite("sg-2025", "58", "要求大会主席在安全理事会一个或多个常任理事国行使否决权后十天内召开正式会议"),
    ],
  },
  {
    slug: "security-council-use-tools-to-prevent-atrocities",
    title: {
      zh: "安全理事会考虑如何更好地利用其掌握的工具防止暴行罪，并加强对此类罪行的国际问责",
      en: "Security Council makes better use of its tools to prevent atrocity crimes and strengthen international accountability",
    },
    description: {
      zh: "安理会更好地利用其工具预防暴行罪，加强国际问责。",
      en: "The Security Council uses the tools at its disposal better to prevent atrocity crimes and to strengthen international accountability.",
    },
    actor: "un_system", pillar: 3, category: "accountability", prevention: "downstream", key: false,
    sources: [
      r("47(b)", "安全理事会考虑如何更好地利用其掌握的工具防止暴行罪，并加强对此类罪行的国际问责"),
      r("28", "安理会可以考虑如何利用现有措施预防暴行罪"),
      r("31", "安全理事会、大会和人权理事会应考虑如何更好地利用其掌握的工具来加强对暴行罪的国际追责"),
    ],
  },
  {
    slug: "security-council-early-engagement-tools",
    title: {
      zh: "如“阿里亚办法”通报、安理会派往受冲突影响国家的访问团、公开专题辩论、态势感知简报和总结会议等举措",
      en: "Security Council early-engagement tools: Arria-formula briefings, visiting missions, open debates, situational-awareness briefings",
    },
    description: {
      zh: "安理会通过阿里亚办法通报、访问团、专题辩论、态势感知简报和邀请特别顾问通报等方式及早关注风险局势。",
      en: "The Security Council engages early through Arria-formula meetings, visiting missions, debates, horizon-scanning briefings and briefings by the Special Adviser.",
    },
    actor: "un_system", pillar: 3, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("28", "如“阿里亚办法”通报、安理会派往受冲突影响国家的访问团、公开专题辩论、态势感知简报和总结会议等举措"),
      r("28", "安理会越来越多地邀请和听取我的防止灭绝种族罪行特别顾问的通报"),
      cite("a-65-877", "32", "安全理事会每年多次派团出访，查看所关切地区的进展情况"),
    ],
  },
  {
    slug: "human-rights-council-atrocity-prevention",
    title: {
      zh: "人权理事会继续审议人权和预防暴行问题以及如何加强这一工作",
      en: "Human Rights Council continues to consider human rights and atrocity prevention",
    },
    description: {
      zh: "人权理事会审议人权与预防暴行问题，建议措施防止紧张局势升级，并提请安理会关注有关局势。",
      en: "The Human Rights Council considers atrocity prevention, recommends measures against escalation and flags situations for the Security Council.",
    },
    actor: "un_system", pillar: 2, category: "human_rights", prevention: "upstream", key: false,
    sources: [
      r("47(c)", "人权理事会继续审议人权和预防暴行问题以及如何加强这一工作"),
      r("27", "人权理事会完全可以建议采取措施以防止紧张局势升级为暴行罪"),
    ],
  },
  {
    slug: "use-universal-periodic-review-for-prevention",
    title: { zh: "理事会可继续探讨如何更好地利用普遍定期审议来预防暴行", en: "Use the Universal Periodic Review to prevent atrocities" },
    description: {
      zh: "在普遍定期审议中纳入预防暴行和保护责任的标准，并利用其建议支持预防。",
      en: "Bring atrocity prevention and R2P standards into the Universal Periodic Review and use its recommendations for prevention.",
    },
    actor: "un_system", pillar: 1, category: "human_rights", prevention: "upstream", key: false,
    sources: [
      r("47(c)", "理事会可继续探讨如何更好地利用普遍定期审议来预防暴行"),
      r("2", "会员国就如何更好地利用人权理事会的普遍定期审议进程支持预防暴行进行了非正式对话"),
      cite("a-63-677", "16", "人权理事会的普遍定期审查机制可以是促进人权以及间接促进与保护责任有关目标的一个重要工具"),
      cite("a-65-877", "17", "可以考虑将与保护责任相关的标准纳入人权理事会的普遍定期审议机制和区域同行审议机制"),
    ],
  },
  {
    slug: "fact-finding-missions-and-commissions-of-inquiry",
    title: {
      zh: "利用实况调查团、特别程序和调查委员会支持预防暴行和追究暴行罪的法律責任",
      en: "Use fact-finding missions, special procedures and commissions of inquiry for prevention and legal accountability",
    },
    description: {
      zh: "人权理事会等机构派出实况调查团、调查委员会和特别程序，查明风险来源并支持追责。",
      en: "The Human Rights Council and other bodies use fact-finding missions, commissions of inquiry and special procedures to identify risk and support accountability.",
    },
    actor: "un_system", pillar: 3, category: "accountability", prevention: "downstream", key: false,
    sources: [
      r("47(c)", "利用实况调查团、特别程序和调查委员会支持预防暴行和追究暴行罪的法律責任"),
      r("27", "人权理事会授权的实况调查团、调查委员会和各种调查有助于确定风险的具体来源"),
      cite("a-63-677", "52", "人权理事会可派出实况调查团，任命特别报告员就相关局势提供咨询意见"),
      cite("sg-2025", "59", "这些机制监测局势，查明正在发生或可能发生的暴行的事实，并发出预警"),
    ],
  },
  // ——— Civil society, business, religious and traditional leaders (paragraph 48) ———
  {
    slug: "civil-society-support-member-states-prevention",
    title: {
      zh: "我鼓励国家和全球民间社会行为体加倍努力，支持会员国在预防暴行方面的努力",
      en: "National and global civil society redouble efforts to support member states in atrocity prevention",
    },
    description: {
      zh: "国家和全球民间社会加倍努力支持会员国预防暴行，并敦促国家当局履行职责。",
      en: "National and global civil society step up support to member states' prevention efforts and press authorities to meet their duties.",
    },
    actor: "civil_society", pillar: 2, category: "coordination", prevention: "upstream", key: false,
    sources: [
      r("48", "我鼓励国家和全球民间社会行为体加倍努力，支持会员国在预防暴行方面的努力"),
      r("2", "民间社会继续支持预防暴行，并敦促国家当局履行职责"),
    ],
  },
  {
    slug: "engage-business-religious-and-traditional-leaders",
    title: {
      zh: "有效的预防需要民间社会、商业部门、宗教和传统领袖和个人的积极参与",
      en: "Involve civil society, business, religious and traditional leaders and individuals actively in prevention",
    },
    description: {
      zh: "商业部门、宗教和传统领袖及个人积极参与预防，包括防止煽动和缓解紧张局势。",
      en: "Business, religious and traditional leaders and individuals take an active part in prevention, including stopping incitement and easing tension.",
    },
    actor: "civil_society", pillar: 1, category: "social", prevention: "upstream", key: false,
    sources: [
      r("48", "有效的预防需要民间社会、商业部门、宗教和传统领袖和个人的积极参与"),
      r("2", "宗教领袖正在积极发挥作用，防止可能导致暴行罪的煽动行为"),
      r("40", "民间社会组织、记者、企业界和包括宗教领袖在内的发挥领导作用的个人的行动有助于防止侵犯人权行为"),
    ],
  },
  {
    slug: "civil-action-to-counter-hate-speech-and-inequality",
    title: {
      zh: "一些行动可以满足人类的基本需求,支持生计,挑战不平等和歧视,抵制仇恨言论",
      en: "Civil action that meets basic needs, supports livelihoods, challenges inequality and discrimination and resists hate speech",
    },
    description: {
      zh: "民间和私营部门的民事行动满足基本需求、挑战歧视、抵制仇恨言论，从根源上抑制风险。",
      en: "Civil action by citizens, groups and business meets basic needs, challenges discrimination and resists hate speech, curbing risk at its roots.",
    },
    actor: "civil_society", pillar: 1, category: "social", prevention: "upstream", key: false,
    sources: [
      r("34", "一些行动可以满足人类的基本需求,支持生计,挑战不平等和歧视,抵制仇恨言论"),
      r("40", "同时挑战仇恨言论和煽动的强大和具有代表性的民间社会，是预防暴行的一个关键组成部分"),
    ],
  },
  {
    slug: "civil-society-standards-investigation-and-accountability",
    title: {
      zh: "国际民间社会组织为制定标准、提供技术专门知识、开展调查和追究政府责任做出了不少工作",
      en: "International civil society sets standards, provides expertise, investigates and holds governments to account",
    },
    description: {
      zh: "国际民间社会组织制定标准、提供专门知识、开展调查并追究政府责任。",
      en: "International civil society organisations set standards, offer technical expertise, investigate and hold governments accountable.",
    },
    actor: "civil_society", pillar: null, category: "accountability", prevention: null, key: false,
    sources: [r("39", "国际民间社会组织为制定标准、提供技术专门知识、开展调查和追究政府责任做出了不少工作")],
  },
];
