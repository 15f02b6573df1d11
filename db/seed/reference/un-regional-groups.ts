// The five regional groups of UN member states, named as the UN's documents in each language name them
// (decision 030). The interface shows them through the message catalogues (countries.groups.*); this
// table is the reviewed reference those catalogues must follow (tests/unit/reference/un-regional-groups).
import type { Locale } from "~/db/locales";
import type { UnGroup } from "./countries";

export const UN_GROUP_NAMES: Readonly<Record<UnGroup, Readonly<Record<Locale, string>>>> = {
  african: {
    ar: "مجموعة الدول الأفريقية",
    zh: "非洲国家组",
    en: "African States",
    fr: "Groupe des États d’Afrique",
    ru: "Группа африканских государств",
    es: "Grupo de los Estados de África",
  },
  asia_pacific: {
    ar: "مجموعة دول آسيا والمحيط الهادئ",
    zh: "亚太国家组",
    en: "Asia-Pacific States",
    fr: "Groupe des États d’Asie et du Pacifique",
    ru: "Группа азиатско-тихоокеанских государств",
    es: "Grupo de los Estados de Asia y el Pacífico",
  },
  eastern_european: {
    ar: "مجموعة دول أوروبا الشرقية",
    zh: "东欧国家组",
    en: "Eastern European States",
    fr: "Groupe des États d’Europe orientale",
    ru: "Группа восточноевропейских государств",
    es: "Grupo de los Estados de Europa Oriental",
  },
  latin_american_caribbean: {
    ar: "مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي",
    zh: "拉丁美洲和加勒比国家组",
    en: "Latin American and Caribbean States",
    fr: "Groupe des États d’Amérique latine et des Caraïbes",
    ru: "Группа государств Латинской Америки и Карибского бассейна",
    es: "Grupo de los Estados de América Latina y el Caribe",
  },
  weog: {
    ar: "مجموعة دول أوروبا الغربية ودول أخرى",
    zh: "西欧和其他国家组",
    en: "Western European and Other States",
    fr: "Groupe des États d’Europe occidentale et autres États",
    ru: "Группа западноевропейских и других государств",
    es: "Grupo de los Estados de Europa Occidental y otros Estados",
  },
};
