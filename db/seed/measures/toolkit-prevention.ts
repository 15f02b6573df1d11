// The toolkit's table of upstream and downstream prevention measures (section s18, adapted from Bellamy
// 2011). The parser flattens the two-column table into sub-headings (s18-hN) and items (s18-N): the first
// five headings (经济, 治理, 人权, 安全, 社会) are the upstream column, addressed by the toolkit (s17-3) to
// governments at home; the rest (外交, 法制, 早期预警, 军事, 激励机制, 制裁) are the downstream column,
// addressed (s17-4) to international actors — states, regional arrangements, the UN and civil society.
import { cite, type MeasureSeed } from "./types";

const t = (locator: string, quote: string) => cite("icrtop-toolkit", locator, quote);

type Row = Pick<MeasureSeed, "slug" | "actor" | "pillar" | "category"> & {
  zh: string;
  en: string;
  dzh: string;
  den: string;
  loc: string;
  more?: MeasureSeed["sources"];
};

const upstream = (r: Row): MeasureSeed => ({
  slug: r.slug,
  title: { zh: r.zh, en: r.en },
  description: { zh: r.dzh, en: r.den },
  actor: r.actor,
  pillar: r.pillar,
  category: r.category,
  prevention: "upstream",
  key: false,
  sources: [t(r.loc, r.zh), ...(r.more ?? [])],
});
const downstream = (r: Row): MeasureSeed => ({ ...upstream(r), prevention: "downstream" });

export const TOOLKIT_PREVENTION: MeasureSeed[] = [
  // 经济 — economic (upstream)
  upstream({
    slug: "reduce-exploitation-and-poverty", loc: "s18-1", actor: "government", pillar: 1, category: "economic",
    zh: "减少剥削，缓解贫困", en: "Reduce exploitation and alleviate poverty",
    dzh: "通过减少剥削和贫困来消除可能引发暴行的结构性风险。",
    den: "Address structural risk factors for atrocity crimes by reducing exploitation and poverty.",
  }),
  upstream({
    slug: "reduce-horizontal-inequality", loc: "s18-2", actor: "government", pillar: 1, category: "economic",
    zh: "减少不平等现象，特别是同一阶层的不平等现象", en: "Reduce inequalities, especially horizontal inequalities between groups",
    dzh: "减少群体之间的不平等，这是大规模暴行的一个风险因素。",
    den: "Reduce inequality, in particular inequality between groups, a known risk factor for mass atrocities.",
    more: [cite("a-63-677", "43", "让穷人和少数群体在社会上更有发言权，增进平等和社会正义")],
  }),
  upstream({
    slug: "promote-economic-development", loc: "s18-3", actor: "government", pillar: 1, category: "economic",
    zh: "促进经济发展", en: "Promote economic development",
    dzh: "促进包容的经济发展，以降低暴行风险。",
    den: "Promote inclusive economic development so as to lower the risk of atrocity crimes.",
    more: [cite("a-72-884", "6", "包容各方的可持续发展本身不仅是一个目标，也是我们防范各种风险、包括暴行罪风险的最佳方式")],
  }),
  upstream({
    slug: "support-structural-reform", loc: "s18-4", actor: "government", pillar: 1, category: "economic",
    zh: "支持结构改革", en: "Support structural reform",
    dzh: "支持消除暴行根源的经济和体制结构改革。",
    den: "Support economic and institutional structural reforms that remove root causes of atrocity crimes.",
  }),
  upstream({
    slug: "provide-technical-assistance", loc: "s18-5", actor: "international_community", pillar: 2, category: "capacity_building",
    zh: "提供技术援助", en: "Provide technical assistance",
    dzh: "向有需要的国家提供技术援助，帮助其降低暴行风险。",
    den: "Provide technical assistance to states that need it to reduce the risk of atrocity crimes.",
  }),
  upstream({
    slug: "improve-terms-of-trade", loc: "s18-6", actor: "international_community", pillar: 2, category: "economic",
    zh: "改善贸易条件，增强贸易开放度", en: "Improve terms of trade and open up trade",
    dzh: "改善受风险国家的贸易条件并提高贸易开放度。",
    den: "Improve the terms of trade of at-risk countries and increase openness to trade.",
  }),
  upstream({
    slug: "support-community-development-and-local-ownership", loc: "s18-7", actor: "government", pillar: 1, category: "economic",
    zh: "支持社区开发和地区所有权", en: "Support community development and local ownership",
    dzh: "支持社区发展，使地方对发展拥有自主权。",
    den: "Support community development and local ownership of development.",
  }),
  // 治理 — governance (upstream)
  upstream({
    slug: "build-institutions-for-service-delivery", loc: "s18-8", actor: "government", pillar: 1, category: "governance",
    zh: "建设制度力量，保证社会服务的提供", en: "Build institutional capacity to deliver social services",
    dzh: "建设国家机构能力，保证向所有群体提供社会服务。",
    den: "Build state institutions able to deliver social services to all groups.",
  }),
  upstream({
    slug: "strengthen-and-support-democracy", loc: "s18-9", actor: "government", pillar: 1, category: "governance",
    zh: "增强并支持民主", en: "Strengthen and support democracy",
    dzh: "加强民主制度和包容性政治。",
    den: "Strengthen democratic institutions and inclusive politics.",
    more: [cite("a-63-677", "14", "负责任的主权的基础是包容性政治，而不是排他性政治")],
  }),
  upstream({
    slug: "support-decentralisation-or-power-sharing", loc: "s18-10", actor: "government", pillar: 1, category: "governance",
    zh: "支持权力的分散或共享", en: "Support decentralisation or power-sharing",
    dzh: "通过分权或权力分享安排，使各群体都能参与治理。",
    den: "Give all groups a share in governance through decentralisation or power-sharing arrangements.",
  }),
  upstream({
    slug: "strengthen-judicial-independence", loc: "s18-11", actor: "government", pillar: 1, category: "governance",
    zh: "增强司法独立", en: "Strengthen the independence of the judiciary",
    dzh: "保障司法独立，使争端能通过法律而非暴力解决。",
    den: "Guarantee an independent judiciary so that disputes are settled by law rather than violence.",
    more: [cite("a-72-884", "20(d)", "加强法治机构的独立性和监督职能")],
  }),
  upstream({
    slug: "eliminate-corruption", loc: "s18-12", actor: "government", pillar: 1, category: "governance",
    zh: "消除腐败", en: "Eliminate corruption",
    dzh: "打击腐败，增强国家机构的合法性。",
    den: "Fight corruption to strengthen the legitimacy of state institutions.",
  }),
  upstream({
    slug: "build-local-conflict-resolution-capacity", loc: "s18-13", actor: "government", pillar: 1, category: "mediation",
    zh: "增强解决地区冲突的能力", en: "Build capacity to resolve local conflicts",
    dzh: "建设和平解决地方冲突的国家和地方能力。",
    den: "Build national and local capacity to resolve local conflicts peacefully.",
    more: [cite("a-63-677", "45(d)", "当地解决争端的能力。这涉及到在国家和地方建立和平基础设施")],
  }),
  // 人权 — human rights (upstream)
  upstream({
    slug: "protect-human-rights-of-minorities-women-children", loc: "s18-14", actor: "government", pillar: 1, category: "human_rights",
    zh: "保障基本人权，建设国家能力，特别保护少数群体、妇女和儿童的权利",
    en: "Guarantee basic human rights and build national capacity, protecting in particular the rights of minorities, women and children",
    dzh: "保障基本人权，尤其保护少数群体、妇女和儿童的权利。",
    den: "Guarantee basic human rights, with particular protection for minorities, women and children.",
    more: [cite("a-63-677", "15", "保护妇女、青年和少数群体权利，就不太可能走上毁灭性的道路")],
  }),
  upstream({
    slug: "support-international-criminal-court", loc: "s18-15", actor: "government", pillar: 1, category: "accountability",
    zh: "支持国际刑事法院的工作", en: "Support the work of the International Criminal Court",
    dzh: "在政治、法律和实务上支持国际刑事法院的工作。",
    den: "Support the work of the International Criminal Court politically, legally and in practice.",
    more: [cite("a-65-877", "37", "对这两方面的努力都要予以支持")],
  }),
  // 安全 — security (upstream)
  upstream({
    slug: "strengthen-rule-of-law", loc: "s18-16", actor: "government", pillar: 1, category: "security",
    zh: "加强法治", en: "Strengthen the rule of law",
    dzh: "加强法治，确保人人平等诉诸司法。",
    den: "Strengthen the rule of law and equal access to justice for all.",
    more: [cite("a-63-677", "17", "作为加强法治的全盘工作的一部分，社会各阶层人士在基本权利遭到侵犯时都必须有平等机会投诉司法")],
  }),
  upstream({
    slug: "end-impunity", loc: "s18-17", actor: "government", pillar: 1, category: "accountability",
    zh: "终结/阻止有罪不罚现象", en: "End and prevent impunity",
    dzh: "确保暴行罪行为人受到追究，不允许有罪不罚。",
    den: "Ensure that perpetrators of atrocity crimes are held to account and that impunity is not tolerated.",
    more: [cite("a-63-677", "17", "同时确保在国内和国际上都不允许有罪不罚")],
  }),
  upstream({
    slug: "reform-security-sector", loc: "s18-18", actor: "government", pillar: 1, category: "security",
    zh: "改革安全部门", en: "Reform the security sector",
    dzh: "改革安全部门，使其公正、纪律严明并服务全体人民。",
    den: "Reform the security sector so that it is impartial, disciplined and serves the whole population.",
    more: [
      cite("a-63-677", "46", "会员国应汲取本国的经验，利用双边合作伙伴和联合国系统的技术支援，继续加强安全部门"),
      cite("icrtop-toolkit", "s30-7", "反思现有的支持多样性、促进经济发展、维持公正的安全部门的政策"),
    ],
  }),
  upstream({
    slug: "disarmament-and-small-arms-control", loc: "s18-19", actor: "government", pillar: 1, category: "security",
    zh: "鼓励裁军和有效的武器控制或管理，特别是对小型武器的控制与管理",
    en: "Encourage disarmament and effective arms control, especially of small arms",
    dzh: "推动裁军和有效的武器管控，尤其是小武器和轻武器。",
    den: "Encourage disarmament and effective control of weapons, in particular small arms and light weapons.",
    more: [cite("icrtop-toolkit", "s23-5", "联合国成员国承诺通过《联合国小武器和轻武器行动纲领》来消除小武器的非法贸易")],
  }),
  // 社会 — social (upstream)
  upstream({
    slug: "build-intergroup-trust-and-interfaith-dialogue", loc: "s18-20", actor: "government", pillar: 1, category: "social",
    zh: "建立群体间的信任感，包括宗教对话", en: "Build trust between groups, including interfaith dialogue",
    dzh: "建立不同群体之间的信任，包括开展宗教间对话。",
    den: "Build trust between communities, including through interreligious dialogue.",
  }),
  upstream({
    slug: "strengthen-and-support-civil-society", loc: "s18-21", actor: "government", pillar: 1, category: "social",
    zh: "增强民间力量，支持民间组织", en: "Strengthen civil society and support civil society organisations",
    dzh: "增强民间社会力量并支持民间组织。",
    den: "Strengthen civil society and support its organisations.",
    more: [cite("a-63-677", "17", "生气勃勃的民间社会、独立的新闻媒体、接受国际和国内监督的开放环境")],
  }),
  upstream({
    slug: "establish-press-freedom", loc: "s18-22", actor: "government", pillar: 1, category: "media",
    zh: "建立新闻自由", en: "Establish freedom of the press",
    dzh: "保障新闻自由和独立媒体。",
    den: "Guarantee freedom of the press and independent media.",
  }),
  upstream({
    slug: "prevent-and-punish-incitement-and-hate-speech", loc: "s18-23", actor: "government", pillar: 1, category: "social",
    zh: "防止并惩处煽动性言论和仇恨性言论", en: "Prevent and punish incitement and hate speech",
    dzh: "防止并依法惩处煽动和仇恨言论。",
    den: "Prevent incitement and hate speech and punish them under the law.",
    more: [cite("a-63-677", "11(a)", "防止煽动对于有效及时实施预防战略至关重要")],
  }),
  upstream({
    slug: "pluralism-and-tolerance-education", loc: "s18-24", actor: "government", pillar: 1, category: "education",
    zh: "多元化教育和宽容教育", en: "Education for pluralism and tolerance",
    dzh: "开展多元化和宽容教育。",
    den: "Provide education in pluralism and tolerance.",
  }),
  // 外交 — diplomatic (downstream)
  downstream({
    slug: "fact-finding", loc: "s18-25", actor: "international_community", pillar: 3, category: "diplomatic",
    zh: "查明事实", en: "Fact-finding",
    dzh: "派遣实况调查团查明事实。",
    den: "Establish the facts, for example through fact-finding missions.",
  }),
  downstream({
    slug: "form-groups-of-friends-for-crisis", loc: "s18-26", actor: "international_community", pillar: 3, category: "diplomatic",
    zh: "在区域成员或联合国成员中建立“朋友圈”", en: "Form \"groups of friends\" among regional or UN members",
    dzh: "在区域或联合国成员国中组成针对具体局势的“朋友小组”。",
    den: "Form situation-specific \"groups of friends\" among members of a regional organisation or the UN.",
  }),
  downstream({
    slug: "send-eminent-persons-or-envoys-to-mediate", loc: "s18-27", actor: "international_community", pillar: 3, category: "mediation",
    zh: "派遣名人或使节进行调解", en: "Send eminent persons or envoys to mediate",
    dzh: "派遣知名人士或特使开展调解。",
    den: "Send eminent persons or envoys to mediate.",
    more: [cite("icrtop-toolkit", "s20-5", "派遣由非洲联盟任命的“非洲名人小组”前往肯尼亚调解危机")],
  }),
  downstream({
    slug: "use-good-offices-of-sg-or-regional-leaders", loc: "s18-28", actor: "international_community", pillar: 3, category: "mediation",
    zh: "运用联合国秘书长或区域组织领导的斡旋能力", en: "Use the good offices of the UN Secretary-General or regional leaders",
    dzh: "借助联合国秘书长或区域组织领导人的斡旋。",
    den: "Use the good offices of the UN Secretary-General or of the heads of regional organisations.",
  }),
  downstream({
    slug: "seek-arbitration", loc: "s18-29", actor: "international_community", pillar: 3, category: "mediation",
    zh: "力求仲裁", en: "Seek arbitration",
    dzh: "通过仲裁解决争端。",
    den: "Seek to settle disputes by arbitration.",
  }),
  downstream({
    slug: "support-local-conflict-resolution", loc: "s18-30", actor: "international_community", pillar: 3, category: "mediation",
    zh: "支持当地的冲突解决路径", en: "Support local approaches to conflict resolution",
    dzh: "支持当地的冲突解决办法。",
    den: "Support local approaches to resolving the conflict.",
  }),
  // 法制 — legal (downstream)
  downstream({
    slug: "refer-situations-to-icc", loc: "s18-31", actor: "international_community", pillar: 3, category: "legal",
    zh: "将争议提交国际刑事法院解决", en: "Refer the situation to the International Criminal Court",
    dzh: "将局势提交国际刑事法院，既起预防作用，也是一种应对措施。",
    den: "Refer the situation to the International Criminal Court, which both deters and responds.",
    more: [
      cite("icrtop-toolkit", "s23-4", "将案件提交国际刑事法院不仅是种预防性措施，还是一种应对措施"),
      cite("a-63-677", "54", "这种行为可以根据《罗马规约》送交国际刑事法院审理"),
    ],
  }),
  downstream({
    slug: "seek-justice-through-icj-or-other-legal-mechanisms", loc: "s18-32", actor: "international_community", pillar: 3, category: "legal",
    zh: "通过国际法院或其他法律机制寻求公正", en: "Seek justice through the International Court of Justice or other legal mechanisms",
    dzh: "通过国际法院或其他法律机制寻求公正。",
    den: "Seek justice through the International Court of Justice or other legal mechanisms.",
    more: [cite("sg-2025", "60", "已有四起与《防止及惩治灭绝种族罪公约》相关的案件提交国际法院")],
  }),
  // 早期预警 — early warning (downstream)
  downstream({
    slug: "build-regional-and-un-early-warning-capacity", loc: "s18-33", actor: "international_community", pillar: 2, category: "early_warning",
    zh: "建立区域性及联合国早期预警和评估能力", en: "Build regional and UN early-warning and assessment capacity",
    dzh: "支持区域组织和联合国建立早期预警和评估能力。",
    den: "Build the early-warning and assessment capacity of regional organisations and the UN.",
    more: [
      cite("icrtop-toolkit", "s7-2", "国际社会应酌情鼓励并帮助各国履行这一责任，支持联合国建立预警能力"),
      cite("a-63-677", "10(c)", "“支持联合国建立预警能力”"),
    ],
  }),
  // 军事 — military (downstream)
  downstream({
    slug: "preventive-deployment", loc: "s18-34", actor: "international_community", pillar: 3, category: "military",
    zh: "动员预防性部署", en: "Mobilise preventive deployment",
    dzh: "经同意预防性部署维和人员或部队，防止暴力升级。",
    den: "Deploy peacekeepers or troops preventively, with consent, to stop violence escalating.",
    more: [cite("a-63-677", "41", "提出了预防性部署的概念")],
  }),
  downstream({
    slug: "rapid-deployment-capability", loc: "s18-35", actor: "international_community", pillar: 3, category: "military",
    zh: "发展并（或）威慑快速部署能力", en: "Develop rapid-deployment capability and/or threaten its use",
    dzh: "发展快速部署能力，或以其威慑潜在行为人。",
    den: "Develop a rapid-deployment capability, or use the threat of it as a deterrent.",
    more: [cite("a-63-677", "64", "联合国仍然远没有发展形成快速反应军事能力")],
  }),
  downstream({
    slug: "jam-incitement-broadcasts", loc: "s18-36", actor: "international_community", pillar: 3, category: "military",
    zh: "干扰措施及其他防止煽动行为的措施", en: "Jamming and other measures to stop incitement",
    dzh: "干扰煽动性广播等阻止煽动的措施。",
    den: "Jam incitement broadcasts and take other measures to stop incitement.",
    more: [cite("a-63-677", "54", "国际社会却没有干扰这种可憎、灾难性的广播")],
  }),
  // 激励机制 — incentives (downstream)
  downstream({
    slug: "offer-economic-or-trade-incentives", loc: "s18-37", actor: "international_community", pillar: 3, category: "incentives",
    zh: "提高经济或贸易动力", en: "Offer economic or trade incentives",
    dzh: "以经济或贸易激励促使当事方放弃暴行。",
    den: "Offer economic or trade incentives to move parties away from atrocities.",
  }),
  downstream({
    slug: "offer-political-incentives", loc: "s18-38", actor: "international_community", pillar: 3, category: "incentives",
    zh: "提供政治诱因", en: "Offer political incentives",
    dzh: "提供政治激励以促成和平解决。",
    den: "Offer political incentives for a peaceful settlement.",
  }),
  // 制裁 — sanctions (downstream)
  downstream({
    slug: "travel-bans", loc: "s18-39", actor: "international_community", pillar: 3, category: "sanctions",
    zh: "禁止旅游", en: "Travel bans",
    dzh: "对应对暴行负责的个人实施旅行禁令。",
    den: "Impose travel bans on individuals responsible for atrocities.",
  }),
  downstream({
    slug: "trade-sanctions-and-arms-embargoes", loc: "s18-40", actor: "international_community", pillar: 3, category: "sanctions",
    zh: "贸易制裁和武器禁运", en: "Trade sanctions and arms embargoes",
    dzh: "实施贸易制裁和武器禁运，限制武器和警察装备流入。",
    den: "Impose trade sanctions and arms embargoes, restricting the flow of arms and police equipment.",
    more: [cite("a-63-677", "58", "应特别注意限制武器或警察装备的流动")],
  }),
  downstream({
    slug: "freeze-assets", loc: "s18-41", actor: "international_community", pillar: 3, category: "sanctions",
    zh: "冻结资产", en: "Freeze assets",
    dzh: "冻结应负责者的资产。",
    den: "Freeze the assets of those responsible.",
  }),
  downstream({
    slug: "diplomatic-sanctions", loc: "s18-42", actor: "international_community", pillar: 3, category: "sanctions",
    zh: "实施外交制裁", en: "Impose diplomatic sanctions",
    dzh: "实施外交制裁，使施暴领导人在国际上不受欢迎。",
    den: "Impose diplomatic sanctions so that leaders responsible for atrocities are not welcome abroad.",
    more: [cite("a-63-677", "57", "外交制裁，如果由会员国充分和一致施行")],
  }),
];
