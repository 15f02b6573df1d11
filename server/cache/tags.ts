// The one coarse cache tag for everything derived from published data (pages and public API
// responses). Publications are rare and reads are many, so one tag beats a tag per record.
export const PUBLIC_DATA_TAG = "public-data";
