// Measures whose principal source is A/72/884-S/2018/525, "Responsibility to protect: from early warning to
// early action" (2018): the recommendations of section 四 (paragraphs 45-49 and every sub-item) and the
// steps proposed in sections 二 (early warning) and 三 (early action).
import { cite, type MeasureSeed } from "./types";

const r = (locator: string, quote: string) => cite("a-72-884", locator, quote);

export const A_72_884: MeasureSeed[] = [
  // ——— Member states (paragraph 45) ———
  {
    slug: "appoint-national-r2p-focal-point",
    title: { zh: "任命一名高级官员担任国家保护责任协调人", en: "Appoint a senior official as national R2P focal point" },
    description: {
      zh: "由一名高级官员担任国家保护责任协调人，负责协调国家活动、交流良好做法和带头开展合作。",
      en: "Appoint a senior official as national R2P focal point to coordinate national activity, share good practice and lead cooperation.",
    },
    actor: "government", pillar: 1, category: "institutional", prevention: "upstream", key: true,
    sources: [
      r("45(a)", "任命一名高级官员担任国家保护责任协调人，负责协调国家活动、交流良好做法和带头开展合作"),
      r("2", "包括任命了国家保护责任协调中心"),
      r("12", "许多国家利用国家保护责任协调中心来从事这一工作"),
      cite("icrtop-toolkit", "s30-5", "成立国家协调中心或高级官员集团来倡导在国内履行保护责任"),
      cite("sg-2025", "41", "共有 61 个国家和两个区域组织已任命保护责任协调人，以推动任务落实"),
    ],
  },
  {
    slug: "ratify-genocide-convention",
    title: {
      zh: "签署、批准和执行有关禁止和预防暴行罪及保护民众的国际法基本文书，特别是《防止及惩治灭绝种族罪公约》",
      en: "Sign, ratify and implement the Convention on the Prevention and Punishment of the Crime of Genocide",
    },
    description: {
      zh: "成为《防止及惩治灭绝种族罪公约》缔约国并在国内予以执行。",
      en: "Become a party to the Genocide Convention and implement it at home.",
    },
    actor: "government", pillar: 1, category: "legal", prevention: "upstream", key: true,
    sources: [
      r("45(b)", "特别是《防止及惩治灭绝种族罪公约》和《国际刑事法院罗马规约》"),
      cite("a-63-677", "8", "《防止及惩治灭绝种族罪公约》早就规定了“行动的责任”"),
    ],
  },
  {
    slug: "ratify-core-atrocity-prevention-instruments",
    title: {
      zh: "批准涉及禁止和预防暴行罪以及保护民众的国际法基本文书并将其纳入国内法",
      en: "Ratify the basic instruments of international law on atrocity crimes and the protection of populations, and incorporate them into domestic law",
    },
    description: {
      zh: "批准人权、国际人道法、难民法等核心国际文书，并将其纳入国内法，为预防行动奠定法律基础。",
      en: "Ratify the core human rights, humanitarian and refugee law instruments and incorporate them into domestic law as the legal basis for prevention.",
    },
    actor: "government", pillar: 1, category: "legal", prevention: "upstream", key: false,
    sources: [
      r("24", "批准涉及禁止和预防暴行罪以及保护民众的国际法基本文书并将其纳入国内法是重要步骤"),
      r("45(b)", "签署、批准和执行有关禁止和预防暴行罪及保护民众的国际法基本文书"),
      cite("a-63-677", "17", "各国应成为有关人权、国际人道主义法和难民法的国际文书及《国际刑事法院罗马规约》的缔约国"),
      cite("icrtop-toolkit", "s30-10", "批准并履行国际社会的相关人权规范、国际人道主义法、难民法和《国际刑事法院罗马规约》中规定的职责"),
    ],
  },
  {
    slug: "reaffirm-commitment-to-all-human-rights",
    title: {
      zh: "重申其保护所有人权和消除一切形式歧视的承诺",
      en: "Reaffirm the commitment to protect all human rights and eliminate all forms of discrimination",
    },
    description: {
      zh: "借《世界人权宣言》周年之机，重申保护所有人权、消除一切形式歧视的承诺。",
      en: "Use the anniversary of the Universal Declaration of Human Rights to reaffirm the commitment to all human rights and non-discrimination.",
    },
    actor: "government", pillar: 1, category: "human_rights", prevention: "upstream", key: false,
    sources: [r("45(b)", "可借以重申其保护所有人权和消除一切形式歧视的承诺")],
  },
  {
    slug: "implement-covenant-obligations",
    title: {
      zh: "各国应加强履行这方面的法律义务，包括《公民权利和政治权利国际公约》和《经济、社会、文化权利国际公约》中所载义务",
      en: "Strengthen implementation of legal obligations under the two International Covenants",
    },
    description: {
      zh: "加强履行两项国际人权公约所载的法律义务。",
      en: "Strengthen implementation of obligations under the International Covenants on Civil and Political Rights and on Economic, Social and Cultural Rights.",
    },
    actor: "government", pillar: 1, category: "human_rights", prevention: "upstream", key: false,
    sources: [r("45(b)", "包括《公民权利和政治权利国际公约》和《经济、社会、文化权利国际公约》中所载义务")],
  },
  {
    slug: "national-early-warning-procedures",
    title: {
      zh: "审查暴行罪预警和评估国家程序，并在必要时加强这些程序",
      en: "Review and, where necessary, strengthen national procedures for atrocity early warning and assessment",
    },
    description: {
      zh: "审查并加强国家的暴行罪预警和评估程序，包括采用国家综合预警信息系统，并在当地收集、分析和分享预警信息。",
      en: "Review and strengthen national early-warning and assessment procedures for atrocity crimes, including an integrated national early-warning information system.",
    },
    actor: "government", pillar: 1, category: "early_warning", prevention: "downstream", key: true,
    sources: [
      r("45(c)", "审查暴行罪预警和评估国家程序，并在必要时加强这些程序，包括采用预防暴行的国家综合预警信息系统"),
      r("11", "若干会员国加强了觉察国内外暴行罪预警迹象和相应调整国家政策的能力"),
      cite("icrtop-toolkit", "s30-14", "审查预防大规模暴行的早期预警机制"),
      cite("icrtop-toolkit", "s30-14", "保证从当地收集早期预警信息，加以分析，并与相关行为者共同分享"),
    ],
  },
  {
    slug: "integrate-early-warning-into-foreign-defence-trade-development-policy",
    title: {
      zh: "还应将预警和评估纳入外交、国防、贸易、经济和发展政策",
      en: "Integrate early warning and assessment into foreign, defence, trade, economic and development policy",
    },
    description: {
      zh: "把暴行风险预警和评估纳入外交、国防、贸易、经济和发展政策的制定。",
      en: "Build atrocity early warning and assessment into the making of foreign, defence, trade, economic and development policy.",
    },
    actor: "government", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("45(c)", "还应将预警和评估纳入外交、国防、贸易、经济和发展政策"),
      r("12", "还应将预警和评估纳入外交、国防、发展、贸易和经济政策中"),
      r("12", "美利坚合众国建立的预防暴行委员会旨在提供一种能够识别风险"),
    ],
  },
  {
    slug: "train-officials-to-identify-atrocity-risk",
    title: { zh: "为其官员提供了识别暴行罪相关风险因素的培训", en: "Train officials to identify risk factors for atrocity crimes" },
    description: {
      zh: "对政府官员进行识别暴行罪风险因素的培训。",
      en: "Train government officials to recognise the risk factors of atrocity crimes.",
    },
    actor: "government", pillar: 1, category: "capacity_building", prevention: "upstream", key: false,
    sources: [r("12", "澳大利亚、哥伦比亚和大韩民国政府为其官员提供了识别暴行罪相关风险因素的培训")],
  },
  {
    slug: "integrate-early-warning-into-development-partnerships",
    title: {
      zh: "将预警评估和预防方案的拟订纳入发展伙伴关系中",
      en: "Build early-warning assessment and prevention programming into development partnerships",
    },
    description: {
      zh: "在发展伙伴关系中纳入预警评估和预防方案，使社区和国际伙伴共同查明和减轻风险。",
      en: "Include early-warning assessment and prevention programming in development partnerships so communities and partners identify and mitigate risk together.",
    },
    actor: "government", pillar: 2, category: "early_warning", prevention: "upstream", key: false,
    sources: [r("11", "研究了如何将预警评估和预防方案的拟订纳入发展伙伴关系中")],
  },
  {
    slug: "nhri-or-ombudsperson-risk-assessments",
    title: {
      zh: "由可开展自身定期风险评估的国家人权机构或监察员做出更多工作",
      en: "National human rights institutions or ombudspersons carry out their own regular risk assessments",
    },
    description: {
      zh: "国家人权机构或监察员定期开展自己的暴行风险评估。",
      en: "National human rights institutions or ombudspersons regularly carry out their own assessments of atrocity risk.",
    },
    actor: "government", pillar: 1, category: "early_warning", prevention: "upstream", key: false,
    sources: [
      r("11", "由可开展自身定期风险评估的国家人权机构或监察员做出更多工作"),
      r("2", "议员、国家人权机构和监察员也通过其国际网络，探讨了如何为风险评估、尽职调查和国家问责机制作出贡献"),
    ],
  },
  {
    slug: "national-atrocity-risk-assessment",
    title: {
      zh: "在全国对发生暴行罪的风险和应对暴行罪的能力进行国家评估",
      en: "Carry out a national assessment of the risk of atrocity crimes and of resilience to them",
    },
    description: {
      zh: "利用暴行罪分析框架，定期、全面地评估本国的暴行风险和应对能力，并确定弱势民众。",
      en: "Use the Framework of Analysis for Atrocity Crimes to assess national risk and resilience regularly and comprehensively, identifying vulnerable populations.",
    },
    actor: "government", pillar: 1, category: "early_warning", prevention: "upstream", key: true,
    sources: [
      r("45(d)", "利用防止灭绝种族罪和保护责任办公室制定的暴行罪分析框架"),
      r("45(d)", "评估工作应定期、全面，并确定哪些是弱势民众"),
      r("24", "暴行罪分析框架旨在帮助各国进行风险和应对能力评估"),
      r("5", "第一支柱下应采取的国家行动要求定期评估各种风险和机会"),
      cite("a-63-677", "21", "都需要定期进行风险评估"),
    ],
  },
  {
    slug: "turn-assessment-into-national-prevention-action",
    title: {
      zh: "会员国应采取必要步骤，支持国家预防努力，加强国家应对能力",
      en: "Take the steps needed to support national prevention efforts and strengthen national resilience",
    },
    description: {
      zh: "把风险评估转化为实际预防行动，加强国家应对能力。",
      en: "Turn risk assessments into practical prevention and strengthen national resilience.",
    },
    actor: "government", pillar: 1, category: "capacity_building", prevention: "upstream", key: false,
    sources: [r("45(d)", "为了将评估转化为实际的预防行动，会员国应采取必要步骤，支持国家预防努力，加强国家应对能力")],
  },
  {
    slug: "request-international-assistance",
    title: { zh: "各国应在必要时请求援助，以发展其能力", en: "Request assistance where needed to develop national capacity" },
    description: {
      zh: "在必要时向联合国、区域组织或其他国家请求援助，发展本国的预防能力。",
      en: "Where needed, ask the UN, regional organisations or other states for help in building national prevention capacity.",
    },
    actor: "government", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [
      r("45(d)", "各国应在必要时请求援助，以发展其能力"),
      cite("a-63-677", "22", "各国可以寻求联合国、邻国、区域组织、非政府专门组织或独立专家的技术援助"),
    ],
  },
  {
    slug: "improve-peace-operations-training-and-readiness",
    title: {
      zh: "支持和采取旨在改进和平行动培训、行动准备和效率的举措",
      en: "Support and take initiatives to improve the training, readiness and effectiveness of peace operations",
    },
    description: {
      zh: "改进和平行动人员的培训、行动准备和效率，以更好地保护平民。",
      en: "Improve the training, operational readiness and effectiveness of peace operations so that they protect civilians better.",
    },
    actor: "government", pillar: 3, category: "peacekeeping", prevention: "downstream", key: false,
    sources: [r("45(e)", "支持和采取旨在改进和平行动培训、行动准备和效率的举措")],
  },
  {
    slug: "endorse-kigali-principles",
    title: { zh: "肯定《基加利保护平民原则》", en: "Endorse the Kigali Principles on the Protection of Civilians" },
    description: {
      zh: "认可并执行《基加利保护平民原则》。",
      en: "Endorse and implement the Kigali Principles on the Protection of Civilians in peace operations.",
    },
    actor: "government", pillar: 3, category: "peacekeeping", prevention: "downstream", key: false,
    sources: [r("45(e)", "在这方面肯定《基加利保护平民原则》"), r("29", "和《基加利保护平民原则》")],
  },
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
  // ——— The United Nations system (paragraph 49 and sections 二-三) ———
  {
    slug: "un-evidence-based-prevention-guidelines",
    title: {
      zh: "于 2019 年公布并向从事这方面工作的人员散发基于证据的暴行预防准则",
      en: "Publish and disseminate evidence-based atrocity prevention guidelines",
    },
    description: {
      zh: "根据经验教训研究，制定并分发基于证据的暴行预防准则。",
      en: "Draw on lessons-learned research to publish and disseminate evidence-based guidance on atrocity prevention.",
    },
    actor: "un_system", pillar: 2, category: "research", prevention: "downstream", key: false,
    sources: [
      r("49(a)", "根据过去和正在进行的暴行预防工作的经验教训，于 2019 年公布并向从事这方面工作的人员散发基于证据的暴行预防准则"),
      r("21", "将在 2019 年年底前制定并共享确定最适合不同类型情况的工具和方法的循证准则"),
    ],
  },
  {
    slug: "un-strengthen-early-warning-and-assessment",
    title: {
      zh: "加强我们对暴行罪风险的预警和评估能力",
      en: "Strengthen the UN's early warning and assessment of atrocity risk",
    },
    description: {
      zh: "加强联合国的暴行风险预警、综合分析和评估能力，重视信息共享并将预防暴行视角纳入主流。",
      en: "Strengthen UN early warning, integrated analysis and risk assessment, with attention to information sharing and mainstreaming an atrocity lens.",
    },
    actor: "un_system", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("49(b)", "加强我们对暴行罪风险的预警和评估能力，重点关注信息共享和评估的优先领域，将预防暴行的视角纳入主流"),
      r("16(b)", "第二，加强联合国的综合分析和风险评估能力，特别是那些专注于预防暴行罪的能力"),
      cite("a-63-677", "annex-4", "将与保护责任有关的考虑和观点纳入现有活动和报告程序"),
    ],
  },
  {
    slug: "un-systematic-information-gathering-and-analysis",
    title: {
      zh: "继续制定一种更系统和结构性更强的方法来开展情报收集、预警、评估以及传播分析和咨询意见",
      en: "Develop a more systematic approach to information gathering, early warning, assessment and dissemination of analysis",
    },
    description: {
      zh: "联合国以更系统的方法收集信息、预警和评估，借鉴人权先行倡议，向会员国提供及时的早行动建议。",
      en: "The UN gathers information, warns and assesses more systematically, building on Human Rights up Front, to give member states timely advice for early action.",
    },
    actor: "un_system", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("16(a)", "继续制定一种更系统和结构性更强的方法来开展情报收集、预警、评估以及传播分析和咨询意见"),
      r("10", "人权先行倡议旨在加强联合国系统预防发生严重侵犯人权行为"),
      r("15", "冲突风险分析、例如政治事务部进行的冲突风险分析，对于指导和(或)帮助进行评估暴行罪风险具有重要意义"),
    ],
  },
  {
    slug: "un-support-regional-and-national-early-warning-systems",
    title: { zh: "支持区域安排和会员国建立有效的预警系统", en: "UN supports regional arrangements and member states in establishing effective early-warning systems" },
    description: {
      zh: "联合国支持区域安排和会员国建立有效的预警系统，并加强与区域预警举措的沟通。",
      en: "The UN helps regional arrangements and member states set up effective early-warning systems and strengthens its links with regional initiatives.",
    },
    actor: "un_system", pillar: 2, category: "early_warning", prevention: "upstream", key: false,
    sources: [
      r("16(c)", "第三，支持区域安排和会员国建立有效的预警系统"),
      r("13", "我将确保联合国加强与这些举措的沟通渠道"),
      r("49", "联合国随时准备支持会员国努力履行这一责任"),
    ],
  },
  {
    slug: "ohchr-routine-atrocity-risk-assessment",
    title: {
      zh: "确保暴行罪风险得到例行确认和评估，相关评估得到分享",
      en: "OHCHR ensures atrocity risks are routinely identified and assessed and the assessments shared",
    },
    description: {
      zh: "人权高专办与特别顾问合作，例行识别和评估暴行风险、分享评估，并更好地利用人权实地人员。",
      en: "OHCHR works with the Special Advisers to identify and assess atrocity risk routinely, share assessments and use human rights field staff for prevention.",
    },
    actor: "un_system", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("49(b)", "我鼓励联合国人权事务高级专员办事处与特别顾问合作，制定和实施各种办法，确保暴行罪风险得到例行确认和评估"),
      r("49(b)", "并采取步骤更好地利用人权实地人员来支持实现预防暴行的目标"),
      r("15", "联合国人权事务高级专员办事处(人权高专办)在就严重侵犯人权的情况发出警告"),
    ],
  },
  {
    slug: "un-regional-partnerships-for-prevention",
    title: { zh: "加强联合国与区域安排之间的积极伙伴关系", en: "Strengthen active partnerships between the UN and regional arrangements" },
    description: {
      zh: "加强联合国与区域和次区域安排在预防暴行方面的伙伴关系。",
      en: "Strengthen the partnership between the UN and regional and sub-regional arrangements in atrocity prevention.",
    },
    actor: "un_system", pillar: 2, category: "coordination", prevention: null, key: false,
    sources: [
      r("49(b)", "并加强联合国与区域安排之间的积极伙伴关系"),
      cite("a-63-677", "65", "联合国与区域和次区域安排之间还需要更好的协作模式"),
      cite("a-65-877", "44", "全球-区域-次区域伙伴关系是推进保护责任的最可靠途径"),
    ],
  },
  {
    slug: "un-mandate-holders-cooperate-on-atrocity-risk",
    title: {
      zh: "使联合国防止灭绝种族罪、保护责任、防止武装冲突中性暴力、在武装冲突中保护儿童以及保护难民和境内流离失所者任务负责人能够更密切地合作",
      en: "Enable the UN mandate holders on genocide, R2P, sexual violence in conflict, children and armed conflict, refugees and IDPs to work more closely together",
    },
    description: {
      zh: "各相关任务负责人合并能力和专门知识，更密切地合作应对暴行风险。",
      en: "The relevant UN mandate holders pool their capacities and expertise and cooperate more closely on atrocity risk.",
    },
    actor: "un_system", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("49(c)", "应对可能导致暴行罪的风险"),
      r("35", "这些任务正在合并其能力和专门知识,以开展预防工作,包括预防暴行罪"),
    ],
  },
  {
    slug: "sg-report-and-alert-intergovernmental-bodies",
    title: {
      zh: "继续报告在履行保护责任方面取得的进展，并视需要提请大会、安全理事会和人权理事会注意可能即将发生暴行罪的情况",
      en: "Secretary-General reports on progress and alerts the General Assembly, Security Council and Human Rights Council to imminent atrocity risk",
    },
    description: {
      zh: "秘书长继续报告保护责任进展，并在发现暴行风险时提请大会、安理会和人权理事会注意。",
      en: "The Secretary-General keeps reporting on R2P and brings imminent atrocity risks to the attention of the intergovernmental bodies.",
    },
    actor: "un_system", pillar: 3, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("49(d)", "继续报告在履行保护责任方面取得的进展，并视需要提请大会、安全理事会和人权理事会注意可能即将发生暴行罪的情况"),
      r("17", "在我发现即将发生暴行罪的风险时，将继续提请大会、安全理事会和人权理事会加以注意"),
    ],
  },
  {
    slug: "un-lessons-learned-from-prevention",
    title: {
      zh: "通过防止灭绝种族罪和保护责任办公室，制定和实施更系统的办法，从防止暴行工作的成功和失败中汲取经验教训",
      en: "Develop a more systematic way of learning from prevention successes and failures through the Office on Genocide Prevention and R2P",
    },
    description: {
      zh: "联合国系统地从预防暴行的成功和失败中汲取经验教训，并及时反思自身失败。",
      en: "The UN learns systematically from prevention successes and failures, including its own.",
    },
    actor: "un_system", pillar: 2, category: "research", prevention: null, key: false,
    sources: [
      r("49(e)", "从防止暴行工作的成功和失败中汲取经验教训"),
      r("22", "应及时考虑从联合国已被提醒即将发生暴行罪风险的当前局势和危机中汲取的经验教训"),
    ],
  },
  {
    slug: "un-comprehensive-plan-for-civilian-action",
    title: {
      zh: "在广泛协商的基础上制定全面计划，以加强预防暴行的民事行动",
      en: "Draw up a comprehensive plan, after broad consultation, to strengthen civilian action for atrocity prevention",
    },
    description: {
      zh: "联合国在广泛协商基础上制定加强预防暴行民事行动的全面计划，并审查利用自身民事能力。",
      en: "After broad consultation, the UN draws up a plan to strengthen civilian action for prevention, reviewing and using its own civilian capacities.",
    },
    actor: "un_system", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("49(f)", "在广泛协商的基础上制定全面计划，以加强预防暴行的民事行动。这将包括进一步审查和利用联合国的能力"),
      r("35", "联合国拥有广泛的民事能力,可以更好地用于预防暴行"),
    ],
  },
  {
    slug: "un-integrate-women-peace-security-into-prevention",
    title: {
      zh: "加强将妇女与和平与安全议程及其他相关条约和方案的相关内容纳入联合国预防暴行战略和政策的工作",
      en: "Integrate the women, peace and security agenda into UN atrocity prevention strategies and policies",
    },
    description: {
      zh: "把妇女与和平与安全议程纳入联合国预防暴行战略，优先消除性别歧视并增强妇女权能。",
      en: "Bring the women, peace and security agenda into UN atrocity prevention, prioritising an end to gender discrimination and women's empowerment.",
    },
    actor: "un_system", pillar: 2, category: "women_peace_security", prevention: "upstream", key: false,
    sources: [
      r("49(g)", "加强将妇女与和平与安全议程及其他相关条约和方案的相关内容纳入联合国预防暴行战略和政策的工作"),
      r("41", "我的防止灭绝种族罪行特别顾问和保护责任特别顾问将与联合国促进性别平等和增强妇女权能署、相关任务负责人和区域行为体合作"),
    ],
  },
  {
    slug: "integrate-framework-of-analysis-into-peacekeeping-guidance",
    title: { zh: "会员国建议将该框架纳入现有的维持和平行动指引", en: "Incorporate the Framework of Analysis into peacekeeping guidance" },
    description: {
      zh: "把暴行罪分析框架纳入维持和平行动指引，并使外地行动更便于利用该框架。",
      en: "Build the Framework of Analysis for Atrocity Crimes into peacekeeping guidance and make it easier for field operations to use.",
    },
    actor: "un_system", pillar: 2, category: "early_warning", prevention: "downstream", key: false,
    sources: [
      r("9", "会员国建议将该框架纳入现有的维持和平行动指引"),
      r("9", "该框架正越来越多地得到整个联合国系统以及会员国和民间社会组织的采用"),
    ],
  },
  {
    slug: "un-field-presences-address-atrocity-risk",
    title: { zh: "重要的是要确保外地机构了解发生暴行罪的风险", en: "Ensure UN field presences understand and act on atrocity risk" },
    description: {
      zh: "联合国外地机构了解暴行风险，协调行动，支持预防和加强应对能力，并清楚表达关切。",
      en: "UN field presences understand atrocity risk, act coherently, support prevention and resilience and voice their concerns clearly.",
    },
    actor: "un_system", pillar: 2, category: "coordination", prevention: "downstream", key: false,
    sources: [
      r("29", "重要的是要确保外地机构了解发生暴行罪的风险"),
      r("29", "发生暴行罪的风险应通过联合国外地机构采取协调一致的行动加以应对"),
    ],
  },
  {
    slug: "strengthen-protection-of-civilians-activities",
    title: { zh: "加强保护平民的活动", en: "Strengthen protection of civilians activities" },
    description: {
      zh: "执行相关审查建议，在区域办事处网络支持下加强保护平民的活动，包括维和行动的保护平民授权。",
      en: "Implement review recommendations and strengthen protection of civilians, including the protection mandates of peace operations.",
    },
    actor: "un_system", pillar: 3, category: "peacekeeping", prevention: "downstream", key: false,
    sources: [
      r("29", "加强保护平民的活动"),
      cite("sg-2025", "64", "迄今已有 16 个联合国维和行动以保护平民为授权开展工作"),
    ],
  },
  {
    slug: "un-good-offices-and-mediation-support",
    title: { zh: "政治事务部调解支助股支持全球各地的建立和平努力", en: "UN good offices and mediation support" },
    description: {
      zh: "秘书长斡旋和调解支助股为特使和调解人提供专门知识和技术援助，和平行动帮助地方领导人找到协商解决办法。",
      en: "The Secretary-General's good offices and the Mediation Support Unit help envoys and mediators; peace operations help local leaders negotiate solutions.",
    },
    actor: "un_system", pillar: 3, category: "mediation", prevention: "downstream", key: false,
    sources: [
      r("35", "政治事务部调解支助股支持全球各地的建立和平努力"),
      r("35", "我在一些局势中主动进行了斡旋,帮助冲突各方解决分歧"),
      cite("a-65-877", "25", "加强区域力量和政治事务部调解支助股"),
    ],
  },
  {
    slug: "humanitarian-actors-identify-protection-risks",
    title: {
      zh: "人道主义行为体通过接近受危机影响的民众，可以查明保护风险，并促进保护问题的预防和应对",
      en: "Humanitarian actors identify protection risks and promote prevention and response",
    },
    description: {
      zh: "人道主义行为体利用接触受影响民众的机会查明保护风险，并促进预防和应对。",
      en: "Humanitarian actors use their access to affected people to identify protection risks and promote prevention and response.",
    },
    actor: "un_system", pillar: 3, category: "humanitarian", prevention: "downstream", key: false,
    sources: [
      r("36", "人道主义行为体通过接近受危机影响的民众，可以查明保护风险，并促进保护问题的预防和应对"),
      cite("sg-2025", "65", "负责危机应对和人道主义援助的联合国实体在履行各自职责的同时，也可以通过实地工作帮助保护弱势群体"),
    ],
  },
  {
    slug: "refugee-protection",
    title: {
      zh: "联合国难民事务高级专员监督开展的难民保护有助于使弱势个人和群体摆脱成为暴行罪受害者的直接危险",
      en: "Protect refugees so that vulnerable people escape the immediate danger of atrocity crimes",
    },
    description: {
      zh: "通过庇护和难民保护使弱势个人和群体免于成为暴行罪受害者。",
      en: "Asylum and refugee protection keep vulnerable individuals and groups out of the immediate danger of atrocity crimes.",
    },
    actor: "un_system", pillar: 3, category: "humanitarian", prevention: "downstream", key: false,
    sources: [
      r("36", "联合国难民事务高级专员监督开展的难民保护有助于使弱势个人和群体摆脱成为暴行罪受害者的直接危险"),
      cite("a-63-677", "35", "联合国难民事务高级专员办事处为难民获得庇护和保护难民的工作"),
    ],
  },
  {
    slug: "peacebuilding-to-reduce-risk-of-relapse",
    title: {
      zh: "建设和平活动将各国与国家、国际利益攸关方聚集在一起，以确定和商定实现共同目标的相关优先事项",
      en: "Peacebuilding brings states and stakeholders together on shared priorities to reduce the risk of relapse into conflict",
    },
    description: {
      zh: "通过建设和平活动确定共同优先事项，减少陷入或重新陷入冲突的风险。",
      en: "Peacebuilding activities agree shared priorities and reduce the risk of lapsing or relapsing into conflict.",
    },
    actor: "un_system", pillar: 2, category: "capacity_building", prevention: "upstream", key: false,
    sources: [
      r("36", "建设和平活动将各国与国家、国际利益攸关方聚集在一起，以确定和商定实现共同目标的相关优先事项"),
      cite("a-63-677", "48", "应探讨建设和平委员会能否更多参与帮助各国履行保护责任"),
    ],
  },
];
