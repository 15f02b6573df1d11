// The map's shapes ship as one immutable SVG file named by its content; pages refer to its fragments.
import { describe, expect, it } from "vitest";
import { GET } from "~/app/map/[file]/route";
import { ALL_SHAPES_ID, shapeId, worldMapAsset } from "~/components/map/world-asset";
import { worldShapes } from "~/components/map/world-geometry";

const get = (file: string) => GET(new Request(`http://app.test/map/${file}`), { params: Promise.resolve({ file }) });

describe("the world map asset", () => {
  it("is named by a hash of its bytes and built once", () => {
    const asset = worldMapAsset();
    expect(asset.fileName).toMatch(/^[0-9a-f]{10}\.svg$/);
    expect(asset.href).toBe(`/map/${asset.fileName}`);
    expect(worldMapAsset()).toBe(asset);
  });

  it("holds every shape under its fragment id, without colours, in one group", () => {
    const { svg } = worldMapAsset();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
    expect(svg).toContain(`<g id="${ALL_SHAPES_ID}">`);
    worldShapes().forEach((s, i) => expect(svg).toContain(`<path id="${shapeId(s.m49, i)}" d="${s.d}"/>`));
    expect(svg).not.toMatch(/fill=|stroke=/);
    expect(shapeId("404", 3)).toBe("c404");
    expect(shapeId(null, 3)).toBe("x3");
  });

  it("is served as an immutable SVG under its name, and nothing else is", async () => {
    const { fileName, svg } = worldMapAsset();
    const res = await get(fileName);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await res.text()).toBe(svg);
    for (const other of ["0000000000.svg", "world-0000000000.svg", "world.svg", "..%2Fpackage.json"]) {
      expect((await get(other)).status).toBe(404);
    }
  });
});
