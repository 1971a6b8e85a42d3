/** The questions the seed articles recommend; a host's bank starts from these. */
export const DEFAULT_QUESTION_BANK: readonly string[] = [
  "What's a typical day or week like in your role?",
  "What do you love about your job?",
  "What are some of the things you'd change if you could?",
  "What qualities and skills matter most to do well in your field?",
  "Which professional associations or communities are worth joining?",
  "How did your career path lead you here, and what paths do people usually take?",
  "Why do people leave this field?",
];

/** How many questions fit comfortably in a chat of this length: about four minutes each. */
export function questionsThatFit(durationMinutes: number): number {
  return Math.max(2, Math.floor(durationMinutes / 4));
}
