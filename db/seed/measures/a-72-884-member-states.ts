// Measures whose principal source is A/72/884-S/2018/525 (2018), addressed to member states: paragraph 45 (a)-(e).
import { cite, type MeasureSeed } from "./types";

const r = (locator: string, quote: string) => cite("a-72-884", locator, quote);

export const A_72_884_MEMBER_STATES: MeasureSeed[] = [
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
];
