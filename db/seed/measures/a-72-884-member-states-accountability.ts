// Measures whose principal source is A/72/884-S/2018/525 (2018), addressed to member states: paragraph 45 (f) onwards — accountability, parliaments, civilian capacities.
import { cite, type MeasureSeed } from "./types";

const r = (locator: string, quote: string) => cite("a-72-884", locator, quote);

export const A_72_884_MEMBER_STATES_ACCOUNTABILITY: MeasureSeed[] = [
  // ——— Member states (paragraph 45, continued) ———
  {
    slug: "strengthen-accountability-for-prevention",
    title: { zh: "通过执行我 2017 年提出的建议，加强预防暴行的问责制", en: "Strengthen accountability for atrocity prevention by implementing the 2017 recommendations" },
    description: {
      zh: "执行秘书长 2017 年报告的建议，确保国家对其预防暴行的首要责任负责。",
      en: "Implement the Secretary-General's 2017 recommendations so that states answer for their primary responsibility to prevent atrocities.",
    },
    actor: "government", pillar: 1, category: "accountability", prevention: null, key: false,
    sources: [
      r("45(f)", "通过执行我 2017 年提出的建议，加强预防暴行的问责制"),
      r("30", "确保在预防暴行罪方面负有首要责任的国家对其民众负责"),
    ],
  },
  {
    slug: "parliament-and-nhri-accountability-mechanisms",
    title: {
      zh: "议会和国家人权机构应建立问责机制，以确保政府履行其在国内外的保护责任",
      en: "Parliaments and national human rights institutions establish accountability mechanisms for the government's responsibility to protect",
    },
    description: {
      zh: "议会和国家人权机构建立问责机制，确保政府在国内外履行保护责任。",
      en: "Parliaments and NHRIs set up mechanisms that hold the government to its responsibility to protect at home and abroad.",
    },
    actor: "parliament", pillar: 1, category: "accountability", prevention: null, key: false,
    sources: [r("45(f)", "议会和国家人权机构应建立问责机制，以确保政府履行其在国内外的保护责任")],
  },
  {
    slug: "parliamentary-oversight-of-atrocity-prevention",
    title: {
      zh: "各国议会应利用风险评估为有关预防暴行罪和监督政府预防活动的辩论提供参考",
      en: "Parliamentary oversight: use risk assessments in debates on atrocity prevention and to scrutinise the government's prevention work",
    },
    description: {
      zh: "议会通过辩论、听证和审查监督政府的暴行预防工作，利用风险评估并审查预防措施。",
      en: "Parliament oversees the government's atrocity prevention through debates, hearings and scrutiny informed by risk assessments.",
    },
    actor: "parliament", pillar: 1, category: "accountability", prevention: "upstream", key: true,
    sources: [
      r("45(f)", "各国议会应利用风险评估为有关预防暴行罪和监督政府预防活动的辩论提供参考"),
      r("30", "国家议会和人权机构可以通过审查预防暴行罪的措施"),
      cite("icrtop-toolkit", "s31-21", "举办听证会和辩论来评价政府预防大规模暴行的能力，包括通过审查情报和早期预警能力"),
    ],
  },
  {
    slug: "parliament-ensure-un-human-rights-recommendations-implemented",
    title: {
      zh: "确保政府执行联合国人权机构提出的相关建议并履行其他相关的国家和国际义务和承诺",
      en: "Ensure the government implements the recommendations of UN human rights bodies and its other obligations and commitments",
    },
    description: {
      zh: "议会和人权机构督促政府执行联合国人权机构的建议并履行国内外义务。",
      en: "Parliaments and human rights institutions press the government to act on UN human rights recommendations and meet its obligations.",
    },
    actor: "parliament", pillar: 1, category: "accountability", prevention: "upstream", key: false,
    sources: [r("30", "通过确保政府执行联合国人权机构提出的相关建议并履行其他相关的国家和国际义务和承诺")],
  },
  {
    slug: "develop-civilian-action-options-with-special-advisers",
    title: {
      zh: "与我的防止灭绝种族罪行特别顾问和保护责任特别顾问合作，制定加强防止暴行罪的民事行动备选方案",
      en: "Work with the Special Advisers to develop options for strengthening civilian action to prevent atrocity crimes",
    },
    description: {
      zh: "会员国与两位特别顾问合作，制定加强预防暴行民事行动的备选方案。",
      en: "Member states work with the two Special Advisers on options to strengthen civilian action for atrocity prevention.",
    },
    actor: "government", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("45(g)", "与我的防止灭绝种族罪行特别顾问和保护责任特别顾问合作，制定加强防止暴行罪的民事行动备选方案"),
      r("43", "将与会员国、区域和次区域安排以及民间社会协商加强预防暴行民事行动的备选方案"),
    ],
  },
  {
    slug: "review-national-capacity-for-civilian-action",
    title: {
      zh: "会员国应系统审查并在必要时加强其及早采取预防暴行民事行动的能力",
      en: "Systematically review and strengthen national capacity for early civilian action to prevent atrocities",
    },
    description: {
      zh: "系统审查并加强国家及早采取预防暴行民事行动的能力，并投入更多资源和政治支持。",
      en: "Review and strengthen national capacity for early civilian action against atrocity risk, with more resources and political support.",
    },
    actor: "government", pillar: 2, category: "capacity_building", prevention: "downstream", key: false,
    sources: [r("45(g)", "会员国应系统审查并在必要时加强其及早采取预防暴行民事行动的能力，并在这方面投入更多资源和政治支持")],
  },
  {
    slug: "civilian-rosters-and-investment-in-aid",
    title: {
      zh: "通过民事机构或专家名册以及增加对发展援助和人道主义行动的投资，提高其支持预防暴行的民事能力",
      en: "Build civilian capacity for prevention through civilian bodies or expert rosters and more investment in development and humanitarian aid",
    },
    description: {
      zh: "建立民事机构或专家名册，并增加对发展援助和人道主义行动的投入，以支持预防暴行。",
      en: "Create civilian bodies or expert rosters and invest more in development aid and humanitarian action to support atrocity prevention.",
    },
    actor: "government", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [r("38", "通过民事机构或专家名册以及增加对发展援助和人道主义行动的投资，提高其支持预防暴行的民事能力")],
  },
  {
    slug: "use-bilateral-relations-to-influence-behaviour",
    title: {
      zh: "国家可以利用和平手段来影响行为，例如长期外交关系、对外援助和难民政策",
      en: "Use peaceful bilateral means - diplomatic relations, foreign aid, refugee policy - to influence behaviour",
    },
    description: {
      zh: "利用双边外交关系、对外援助、难民政策以及贸易、旅行等政策，影响有关方面的行为，减少暴行风险。",
      en: "Use bilateral diplomacy, foreign aid, refugee policy and trade and travel policies to influence behaviour and reduce atrocity risk.",
    },
    actor: "government", pillar: 3, category: "diplomatic", prevention: "downstream", key: false,
    sources: [
      r("38", "国家可以利用和平手段来影响行为，例如长期外交关系、对外援助和难民政策"),
      r("38", "单个国家原本可以做出很多事情来尽最大限度地减少暴行罪的风险，比如利用与其他国家的双边关系"),
    ],
  },
  {
    slug: "diplomatic-measures-against-hate-speech-and-targeting",
    title: {
      zh: "外交措施可用于应对特定的威胁来源，如使用仇恨言论、煽动或将特定群体作为攻击目标",
      en: "Use diplomatic measures against specific threats such as hate speech, incitement or the targeting of groups",
    },
    description: {
      zh: "针对仇恨言论、煽动或针对特定群体的攻击采取外交措施。",
      en: "Respond with diplomatic measures to hate speech, incitement or the targeting of particular groups.",
    },
    actor: "government", pillar: 3, category: "diplomatic", prevention: "downstream", key: false,
    sources: [r("38", "外交措施可用于应对特定的威胁来源，如使用仇恨言论、煽动或将特定群体作为攻击目标")],
  },
  {
    slug: "use-informal-networks-for-early-action",
    title: {
      zh: "国家可以利用非正式网络协调和倡导采取及早行动，预防暴行罪",
      en: "Use informal networks to coordinate and advocate early action to prevent atrocity crimes",
    },
    description: {
      zh: "通过非正式网络以及所属区域安排和全球机构协调和倡导及早行动。",
      en: "Coordinate and advocate early action through informal networks and the regional and global bodies a state belongs to.",
    },
    actor: "government", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [r("38", "国家可以利用非正式网络协调和倡导采取及早行动，预防暴行罪，并通过其所属的区域安排和全球机构牵头开展工作")],
  },
  {
    slug: "encourage-civil-society-and-private-sector-action",
    title: { zh: "鼓励和促进民间社会和私营部门采取行动", en: "Encourage and facilitate action by civil society and the private sector" },
    description: {
      zh: "国家鼓励并便利民间社会和私营部门为预防暴行采取行动。",
      en: "States encourage and facilitate atrocity-prevention action by civil society and the private sector.",
    },
    actor: "government", pillar: 2, category: "coordination", prevention: "upstream", key: false,
    sources: [r("38", "并鼓励和促进民间社会和私营部门采取行动")],
  },
  {
    slug: "strengthen-security-council-working-methods",
    title: {
      zh: "加强安理会在应对暴行罪威胁及其实施的工作方法的效力和透明度",
      en: "Make the Security Council's working methods on atrocity threats more effective and transparent",
    },
    description: {
      zh: "支持提高安全理事会应对暴行罪工作方法的效力、问责和透明度的提议。",
      en: "Support proposals that make the Security Council's working methods on atrocity crimes more effective, accountable and transparent.",
    },
    actor: "government", pillar: 3, category: "normative", prevention: "downstream", key: false,
    sources: [r("32", "各国就加强安理会在应对暴行罪威胁及其实施的工作方法的效力和透明度提出了不少提议")],
  },
  {
    slug: "end-gender-discrimination-and-empower-women-in-prevention",
    title: {
      zh: "我们必须优先结束一切形式的基于性别的歧视，增强妇女作为预防暴行的推动者的权能",
      en: "End all forms of gender-based discrimination and empower women as agents of atrocity prevention",
    },
    description: {
      zh: "优先消除性别歧视，确保妇女平等参与和平进程并作为预防暴行的推动者。",
      en: "Make ending gender discrimination a priority and ensure women take equal part in peace processes and prevention.",
    },
    actor: "international_community", pillar: 1, category: "women_peace_security", prevention: "upstream", key: false,
    sources: [
      r("41", "我们必须优先结束一切形式的基于性别的歧视，增强妇女作为预防暴行的推动者的权能"),
      r("41", "预防暴行必须充分反映安全理事会第 1325(2000)号决议及其后各项决议"),
      r("6", "我们必须确保妇女在和平进程中得到平等代表"),
      cite("icrtop-toolkit", "s23-2", "发挥并体现妇女的领导作用"),
    ],
  },
  {
    slug: "use-human-rights-mechanisms-to-support-states",
    title: {
      zh: "我们还必须更好地利用现有的人权机制，如人权理事会特别程序、条约机构和普遍定期审议进程及其建议",
      en: "Make better use of existing human rights mechanisms - special procedures, treaty bodies, the UPR and its recommendations",
    },
    description: {
      zh: "更好地利用人权理事会特别程序、条约机构和普遍定期审议及其建议支持会员国预防暴行。",
      en: "Use Human Rights Council special procedures, treaty bodies and the Universal Periodic Review to support states in prevention.",
    },
    actor: "international_community", pillar: 2, category: "human_rights", prevention: "upstream", key: false,
    sources: [
      r("7", "我们还必须更好地利用现有的人权机制，如人权理事会特别程序、条约机构和普遍定期审议进程及其建议"),
      r("27", "人权理事会的普遍定期审议进程、其特别程序和条约机构经常在风险迫在眉睫几年前发现预警信号"),
    ],
  },
  {
    slug: "tailor-prevention-to-context",
    title: { zh: "预防行动应集中并因地制宜", en: "Make preventive action focused and tailored to the context" },
    description: {
      zh: "针对具体问题或个人、因地制宜地设计预防行动，并不断评估调整。",
      en: "Design preventive action for the specific problem or individuals concerned and keep assessing and adjusting it.",
    },
    actor: "international_community", pillar: 3, category: "diplomatic", prevention: "downstream", key: false,
    sources: [r("20(a)", "预防行动应集中并因地制宜"), r("20(c)", "必须确保在必要时不断评估和调整处理风险的措施")],
  },
  {
    slug: "support-local-ownership-and-resilience",
    title: { zh: "确定和支持社区内现有的应对能力来源", en: "Identify and support existing sources of resilience in communities" },
    description: {
      zh: "尊重地方自主权，发现并支持社区内已有的抑制暴行的因素和应对能力。",
      en: "Respect local ownership and identify and support the restraints and resilience that communities already have.",
    },
    actor: "international_community", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [
      r("20(e)", "预防暴行最有效、成本效益最高的方法都会确定和支持社区内现有的应对能力来源"),
      r("20(b)", "地方自主权至关重要，早行动只有在得到预定受益者的支持时才能成功"),
    ],
  },
  {
    slug: "act-with-unity-and-resolve",
    title: {
      zh: "国际社会在任何情况下面对发生暴行罪的高风险时，必须统一和协调一致地采取行动",
      en: "Act with unity and coherence whenever there is a high risk of atrocity crimes",
    },
    description: {
      zh: "面对暴行高风险时，国际行为体团结一致、协调行动，传递决心。",
      en: "Faced with high atrocity risk, international actors act together and coherently to signal resolve.",
    },
    actor: "international_community", pillar: 3, category: "diplomatic", prevention: "downstream", key: false,
    sources: [r("20(f)", "国际社会在任何情况下面对发生暴行罪的高风险时，必须统一和协调一致地采取行动")],
  },
  {
    slug: "address-atrocity-risk-through-complementary-agendas",
    title: {
      zh: "可通过其他领域相辅相成的活动减少发生暴行罪的风险",
      en: "Reduce atrocity risk through mutually reinforcing work on other agendas",
    },
    description: {
      zh: "通过加强国家早行动能力、消除歧视、加强法治机构独立性和追究过去暴行的责任等相关工作减少风险。",
      en: "Reduce risk through related work: state capacity for early action, non-discrimination, independent rule-of-law institutions and accountability for past crimes.",
    },
    actor: "international_community", pillar: 1, category: "governance", prevention: "upstream", key: false,
    sources: [
      r("20(d)", "可通过其他领域相辅相成的活动减少发生暴行罪的风险"),
      r("20(d)", "并支持追究过去的暴行罪的责任以防止其再次发生"),
    ],
  },
  {
    slug: "raise-r2p-awareness-among-local-decision-makers",
    title: {
      zh: "相对而言没有多少国家和地方决策者、宗教领袖和舆论领袖、议员、企业家和教育工作者认识到保护责任及其影响",
      en: "Raise awareness of R2P among national and local decision makers, religious and opinion leaders, parliamentarians, business people and educators",
    },
    description: {
      zh: "与区域和国家伙伴合作，提高各类决策者和领袖对保护责任的认识。",
      en: "Work with regional and national partners to make R2P known to decision makers and leaders of every kind.",
    },
    actor: "international_community", pillar: 2, category: "education", prevention: "upstream", key: false,
    sources: [
      r("20(g)", "相对而言没有多少国家和地方决策者、宗教领袖和舆论领袖、议员、企业家和教育工作者认识到保护责任及其影响"),
      r("20(g)", "如果没有区域和国家合作伙伴，联合国就做不成多少事"),
    ],
  },
  {
    slug: "proactive-partnerships-dialogue-exchanges-joint-exercises",
    title: {
      zh: "手段包括通过定期对话建立关系、进行各组织间官员的临时交流和开展联合演习",
      en: "Build proactive partnerships through regular dialogue, staff exchanges between organisations and joint exercises",
    },
    description: {
      zh: "在相关组织之间通过定期对话、官员交流和联合演习建立积极主动的伙伴关系。",
      en: "Build proactive partnerships between organisations through regular dialogue, temporary staff exchanges and joint exercises.",
    },
    actor: "international_community", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("19", "手段包括通过定期对话建立关系、进行各组织间官员的临时交流和开展联合演习"),
      r("19", "风险缓解措施可包括尽早在各种情况下召集不同行为体组合"),
    ],
  },
  {
    slug: "link-early-warning-to-decision-making",
    title: {
      zh: "我们必须建立机制，使其能够将会员国、区域安排和联合国系统联系起来，并迅速提请最高决策机构注意相关的分析",
      en: "Create mechanisms that link member states, regional arrangements and the UN system and bring analysis quickly to the highest decision makers",
    },
    description: {
      zh: "把预警系统地与早行动决策联系起来，迅速把分析送达最高决策者。",
      en: "Connect early warning systematically to early-action decisions, bringing analysis quickly to the top decision makers.",
    },
    actor: "international_community", pillar: 3, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("17", "我们必须建立机制，使其能够将会员国、区域安排和联合国系统联系起来，并迅速提请最高决策机构注意相关的分析"),
      r("17", "预警必须系统地与早行动的决策联系起来"),
      cite("icrtop-toolkit", "s21-5", "在交流和合作方面存在系统空缺"),
    ],
  },
];
