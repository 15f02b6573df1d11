// Measures whose principal source is A/72/884-S/2018/525 (2018), addressed to the United Nations system: paragraph 49 and the steps in sections 二 (early warning) and 三 (early action).
import { cite, type MeasureSeed } from "./types";

const r = (locator: string, quote: string) => cite("a-72-884", locator, quote);

export const A_72_884_UN_SYSTEM: MeasureSeed[] = [
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
