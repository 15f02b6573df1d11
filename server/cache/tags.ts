// The one cache tag of public data: every mutation that changes what the public sees expires it (revalidate.ts).
export const PUBLIC_DATA_TAG = "public-data";
