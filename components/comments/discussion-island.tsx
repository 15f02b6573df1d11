"use client";
// The discussion's code as its own chunk, fetched when the discussion renders: on a public page it
// sits behind ForRoles, so visitors never load it (issue 12: client JS of public pages).
import dynamic from "next/dynamic";

export const DiscussionIsland = dynamic(() => import("./discussion-body").then((m) => m.DiscussionBody));
