// A CSV cell for a yes/no field reads "yes" and "no" in any of the six languages, and nothing else.
import { describe, expect, it } from "vitest";
import { csvColumns, rowToInput } from "~/server/services/records/record-csv";

const column = csvColumns("focal_point").find(([, field]) => field === "network")![0];
const read = (cell: string) => rowToInput("focal_point", [column], [cell]);

describe("yes/no cells in a records CSV", () => {
  it.each(["yes", "Y", "是", "oui", "Sí", "si", "Да", "نعم"])("reads %s as yes", (cell) => {
    expect(read(cell).input).toMatchObject({ network: true });
  });

  it.each(["no", "否", "non", "нет", "لا", ""])("reads %j as no", (cell) => {
    expect(read(cell).input).toMatchObject({ network: false });
  });

  it("names the column of any other answer", () => {
    expect(read("maybe").bad).toEqual([{ column, message: "validation.yesNo" }]);
  });
});
