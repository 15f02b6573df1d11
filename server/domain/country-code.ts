// A country's ISO 3166-1 alpha-3 code, as routes and the API write it.
export const ISO3 = /^[A-Z]{3}$/;
