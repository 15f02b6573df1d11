// Reference data for the seed: countries and regional organisations (pure data, no database access).
export {
  COUNTRIES,
  COUNTRY_BY_ISO3,
  M49_REGIONS,
  M49_SUBREGIONS,
  OBSERVER_STATES,
  type CountrySeed,
  type CountryStatus,
  type M49Area,
  type M49Subregion,
  type UnGroup,
} from "./countries";
export {
  REGIONAL_ORGANIZATIONS,
  REGIONAL_ORGANIZATION_BY_SLUG,
  type RegionalOrgKind,
  type RegionalOrgSeed,
} from "./regional-organizations";
export { UN_COUNTRY_NAMES, UN_M49_AREA_NAMES, type UnName } from "./un-m49-names";
export { UN_GROUP_NAMES } from "./un-regional-groups";
