import { closing, type Block } from "./blocks.ts";

/** The link to the reader's own chat page (its details, the questions, every follow-up and its status). */
export const chatPageLink = (url: string): Block => closing("Your chat page: the details, the questions and every follow-up", url);
