import { describe, expect, it } from "vitest";
import { mentionedUserIds, mentionToken, parseCommentBody } from "~/server/markup/comment-markup";

const id = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("comment markup", () => {
  it("parses bold, italic, http(s) links, mentions and lines; everything else is text", () => {
    expect(parseCommentBody(`**Hi** _there_ ${mentionToken("Ann [x]", id)}, see https://un.org/r2p.\nline 2 <b>x</b>`)).toEqual([
      [
        { type: "bold", text: "Hi" },
        { type: "text", text: " " },
        { type: "italic", text: "there" },
        { type: "text", text: " " },
        { type: "mention", text: "Ann x", userId: id },
        { type: "text", text: ", see " },
        { type: "link", text: "https://un.org/r2p", href: "https://un.org/r2p" },
        { type: "text", text: "." },
      ],
      [{ type: "text", text: "line 2 <b>x</b>" }],
    ]);
  });

  it("never makes links of other schemes, nor italics inside words", () => {
    expect(parseCommentBody("javascript:alert(1) snake_case_name")).toEqual([[{ type: "text", text: "javascript:alert(1) snake_case_name" }]]);
  });

  it("lists mentioned people once", () => {
    expect(mentionedUserIds(`${mentionToken("A", id)} ${mentionToken("A again", id.toUpperCase())}`)).toEqual([id]);
  });
});
