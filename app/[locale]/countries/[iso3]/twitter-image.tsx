// Twitter's large-image card is the same picture as the Open Graph one.
export { default, generateImageMetadata } from "./opengraph-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 300;
