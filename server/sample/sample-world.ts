// The labelled sample's world (decision 024): fifteen more states, across every region, each with a
// short, plausible history of R2P records over several years — so the map, the profiles, the
// dashboard and the trends have something to show on a first start. Pure data: seed-sample-world.ts
// turns it into records through the services. Everything here is invented and marked as sample.

/** How a state's focal point has gone: appointed and still serving, handed over, or left vacant. */
export type FocalHistory = "active" | "handover" | "vacancy" | "none";

/** Who brings a record in, and how far it got: the secretariat publishes, a member proposes. */
export type SampleReview = "published" | "submitted" | "changes_requested" | "rejected" | "draft";

export interface SampleCommitment {
  date: string;
  kind: "pledge" | "treaty_action" | "policy" | "institution" | "law";
  venue: "general_assembly" | "human_rights_council" | "upr" | "security_council" | "regional_body" | "national";
  status: "announced" | "in_progress" | "fulfilled" | "stalled" | "withdrawn";
  measures: string[];
  en: string;
  zh: string;
  /** For a treaty action: which treaty. */
  treaty?: string;
  review?: SampleReview;
}

export interface SampleParliamentary {
  date: string;
  kind: "resolution" | "motion" | "hearing" | "debate" | "question" | "bill_introduced" | "law_adopted" | "budget_line" | "caucus_formed" | "committee_report";
  status: "planned" | "ongoing" | "adopted" | "rejected" | "completed";
  chamber: string;
  measures: string[];
  en: string;
  zh: string;
  review?: SampleReview;
}

export interface SampleState {
  iso3: string;
  focal: FocalHistory;
  /** The ministry the focal point sits in. */
  office: string;
  firstAppointed: string;
  commitments: SampleCommitment[];
  parliament: SampleParliamentary[];
}

const FOCAL = ["appoint-national-r2p-focal-point", "join-global-network-of-r2p-focal-points"];
const NHRI = ["independent-national-human-rights-institution"];
const EARLY = ["national-early-warning-procedures"];
const ROME = ["ratify-rome-statute"];
const MECHANISM = ["national-atrocity-prevention-mechanism"];
const ENDORSE = ["endorse-r2p-in-statements-and-resolutions"];
const SECURITY = ["prioritise-atrocity-prevention-in-national-security-strategy"];
const OVERSIGHT = ["parliamentary-oversight-of-atrocity-prevention"];
const RESOLUTION = ["parliament-resolution-supporting-r2p"];
const BUDGET = ["parliament-budget-for-protection"];
const GROUP = ["parliamentary-group-on-atrocity-prevention"];
const DOMESTICATE = ["parliament-domesticate-international-agreements"];

/** Every measure slug the sample links, checked against the catalogue before anything is written. */
export const SAMPLE_MEASURES = [FOCAL, NHRI, EARLY, ROME, MECHANISM, ENDORSE, SECURITY, OVERSIGHT, RESOLUTION, BUDGET, GROUP, DOMESTICATE].flat();

const pledge = (date: string, status: SampleCommitment["status"], measures: string[], en: string, zh: string, extra: Partial<SampleCommitment> = {}): SampleCommitment => ({
  date,
  kind: "pledge",
  venue: "general_assembly",
  status,
  measures,
  en,
  zh,
  ...extra,
});

const act = (date: string, kind: SampleParliamentary["kind"], status: SampleParliamentary["status"], chamber: string, measures: string[], en: string, zh: string, extra: Partial<SampleParliamentary> = {}): SampleParliamentary => ({
  date,
  kind,
  status,
  chamber,
  measures,
  en,
  zh,
  ...extra,
});

export const SAMPLE_STATES: SampleState[] = [
  // Africa
  { iso3: "NGA", focal: "handover", office: "Ministry of Foreign Affairs", firstAppointed: "2019-05-02",
    commitments: [pledge("2019-09-10", "in_progress", EARLY, "Early-warning unit in the national security office", "在国家安全办公室设立早期预警单位"), pledge("2024-09-18", "announced", ROME, "Review of Rome Statute implementing law", "审查《罗马规约》实施法", { kind: "treaty_action", venue: "national", treaty: "Rome Statute of the International Criminal Court" })],
    parliament: [act("2021-06-15", "hearing", "completed", "Senate", OVERSIGHT, "Senate hearing on farmer–herder violence", "参议院关于农牧民冲突的听证")] },
  { iso3: "ZAF", focal: "active", office: "Department of International Relations and Cooperation", firstAppointed: "2020-02-11",
    commitments: [pledge("2020-07-01", "fulfilled", NHRI, "Strengthened mandate of the Human Rights Commission", "加强人权委员会的职权", { kind: "institution", venue: "upr" }), pledge("2023-09-20", "in_progress", MECHANISM, "National atrocity-prevention committee", "国家暴行预防委员会")],
    parliament: [act("2022-03-08", "resolution", "adopted", "National Assembly", RESOLUTION, "Resolution endorsing R2P", "支持保护责任的决议"), act("2025-05-20", "budget_line", "adopted", "National Assembly", BUDGET, "Budget line for the prevention committee", "预防委员会的预算项目")] },
  { iso3: "SEN", focal: "vacancy", office: "Ministry of Foreign Affairs", firstAppointed: "2018-10-01",
    commitments: [pledge("2019-03-12", "stalled", MECHANISM, "National prevention committee (on hold)", "国家预防委员会（搁置）", { venue: "regional_body" })],
    parliament: [act("2024-11-05", "question", "completed", "National Assembly", OVERSIGHT, "Question on the vacant focal-point post", "关于协调人职位空缺的质询")] },
  // Americas
  { iso3: "BRA", focal: "active", office: "Ministry of Foreign Affairs (Itamaraty)", firstAppointed: "2021-04-20",
    commitments: [pledge("2021-09-21", "announced", ENDORSE, "Statement endorsing R2P at the General Assembly", "在大会发言中认同保护责任"), pledge("2025-03-04", "in_progress", EARLY, "Early-warning protocol for indigenous lands", "原住民土地早期预警规程", { kind: "policy", venue: "national", review: "submitted" })],
    parliament: [act("2023-08-30", "debate", "completed", "Chamber of Deputies", OVERSIGHT, "Debate on violence against indigenous peoples", "关于针对原住民暴力的辩论")] },
  { iso3: "CRI", focal: "handover", office: "Ministry of Foreign Affairs and Worship", firstAppointed: "2017-06-01",
    commitments: [pledge("2018-09-25", "fulfilled", FOCAL, "Focal point confirmed in the Global Network", "协调人确认加入全球网络"), pledge("2022-06-13", "fulfilled", NHRI, "Ombudsman given a prevention mandate", "监察员获得预防职权", { kind: "institution", venue: "human_rights_council" })],
    parliament: [act("2020-10-12", "law_adopted", "adopted", "Legislative Assembly", DOMESTICATE, "Law bringing the Genocide Convention into national law", "将《灭绝种族罪公约》纳入国内法的法律")] },
  { iso3: "CAN", focal: "active", office: "Global Affairs Canada", firstAppointed: "2019-01-15",
    commitments: [pledge("2019-09-24", "fulfilled", ENDORSE, "Co-chair of the Group of Friends of R2P", "担任保护责任之友小组共同主席"), pledge("2024-02-27", "in_progress", SECURITY, "Atrocity prevention in the foreign-policy strategy", "在外交政策战略中纳入暴行预防", { kind: "policy", venue: "national" })],
    parliament: [act("2022-11-29", "committee_report", "completed", "House of Commons", OVERSIGHT, "Foreign-affairs committee report on prevention", "外交委员会关于预防的报告"), act("2026-02-10", "motion", "ongoing", "Senate", RESOLUTION, "Motion on a parliamentary R2P group", "关于设立议会保护责任小组的动议", { review: "changes_requested" })] },
  { iso3: "GTM", focal: "none", office: "Ministry of Foreign Affairs", firstAppointed: "2026-01-01",
    commitments: [pledge("2020-12-10", "withdrawn", MECHANISM, "Truth-commission follow-up body (withdrawn)", "真相委员会后续机构（已撤回）", { kind: "institution", venue: "national" }), pledge("2025-09-23", "announced", ENDORSE, "Statement at the General Assembly debate", "大会辩论发言")],
    parliament: [act("2025-04-22", "bill_introduced", "ongoing", "Congress", DOMESTICATE, "Bill on reparations for victims", "关于受害者赔偿的法案", { review: "rejected" })] },
  // Asia
  { iso3: "IDN", focal: "handover", office: "Ministry of Foreign Affairs", firstAppointed: "2018-03-05",
    commitments: [pledge("2019-09-17", "in_progress", EARLY, "Early-warning cooperation within ASEAN", "东盟框架内的早期预警合作", { venue: "regional_body" })],
    parliament: [act("2023-02-14", "caucus_formed", "completed", "House of Representatives", GROUP, "Caucus on atrocity prevention", "暴行预防议员小组")] },
  { iso3: "KOR", focal: "active", office: "Ministry of Foreign Affairs", firstAppointed: "2016-11-01",
    commitments: [pledge("2018-09-25", "fulfilled", ENDORSE, "Statement endorsing R2P", "认同保护责任的声明"), pledge("2022-09-20", "fulfilled", SECURITY, "Prevention in the national security strategy", "国家安全战略中的预防内容", { kind: "policy", venue: "national" })],
    parliament: [act("2024-06-18", "hearing", "completed", "National Assembly", OVERSIGHT, "Hearing on human-rights diplomacy", "关于人权外交的听证")] },
  { iso3: "BGD", focal: "none", office: "Ministry of Foreign Affairs", firstAppointed: "2026-01-01",
    commitments: [pledge("2021-09-22", "announced", ROME, "Cooperation with the ICC investigation", "与国际刑事法院调查合作", { kind: "treaty_action", venue: "security_council", treaty: "Rome Statute of the International Criminal Court" }), pledge("2026-01-20", "announced", EARLY, "Early-warning desk (draft)", "早期预警办公室（草稿）", { review: "draft" })],
    parliament: [] },
  // Europe
  { iso3: "NLD", focal: "active", office: "Ministry of Foreign Affairs", firstAppointed: "2015-09-01",
    commitments: [pledge("2019-06-04", "fulfilled", MECHANISM, "Interministerial atrocity-prevention network", "跨部委暴行预防网络", { kind: "institution", venue: "national" }), pledge("2023-09-19", "in_progress", SECURITY, "Prevention in the integrated foreign and security strategy", "在综合外交与安全战略中纳入预防")],
    parliament: [act("2021-10-05", "budget_line", "adopted", "House of Representatives", BUDGET, "Budget line for atrocity prevention", "暴行预防预算项目")] },
  { iso3: "DNK", focal: "handover", office: "Ministry of Foreign Affairs", firstAppointed: "2016-01-15",
    commitments: [pledge("2020-09-29", "fulfilled", ENDORSE, "Co-facilitation of the annual R2P debate", "共同主持年度保护责任辩论")],
    parliament: [act("2019-12-03", "resolution", "adopted", "Folketing", RESOLUTION, "Resolution on R2P", "关于保护责任的决议")] },
  { iso3: "POL", focal: "vacancy", office: "Ministry of Foreign Affairs", firstAppointed: "2017-05-10",
    commitments: [pledge("2018-09-25", "stalled", EARLY, "National early-warning assessment", "国家早期预警评估", { venue: "human_rights_council" })],
    parliament: [act("2025-03-18", "question", "planned", "Sejm", OVERSIGHT, "Question on the focal-point vacancy", "关于协调人空缺的质询", { review: "submitted" })] },
  // Oceania
  { iso3: "AUS", focal: "active", office: "Department of Foreign Affairs and Trade", firstAppointed: "2011-07-01",
    commitments: [pledge("2019-09-24", "fulfilled", ENDORSE, "Statement at the General Assembly debate", "大会辩论发言"), pledge("2024-11-12", "in_progress", NHRI, "Strengthening the Human Rights Commission's independence", "加强人权委员会的独立性", { kind: "law", venue: "upr" })],
    parliament: [act("2022-08-09", "committee_report", "completed", "Senate", OVERSIGHT, "Committee report on atrocity prevention", "关于暴行预防的委员会报告")] },
  { iso3: "FJI", focal: "none", office: "Ministry of Foreign Affairs", firstAppointed: "2026-01-01",
    commitments: [pledge("2023-05-10", "announced", NHRI, "Support for the Human Rights and Anti-Discrimination Commission", "支持人权与反歧视委员会", { venue: "upr", review: "changes_requested" })],
    parliament: [act("2024-09-03", "debate", "completed", "Parliament", OVERSIGHT, "Debate on the Pacific regional framework", "关于太平洋区域框架的辩论")] },
];
