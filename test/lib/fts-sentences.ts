/** Sentences both search tests index: the row numbers they expect are these, from 1. */
export const SENTENCES = [
  "Biden and Xi discussed fentanyl trafficking at the summit.",
  "Xi warned Biden over Taiwan.",
  "The leaders agreed that climate change is a shared threat.",
  "Talks on the climate were tense, and change seemed far off.",
  "Washington raised tariffs on Chinese steel.",
  "Taiwan and tariffs dominated the trade talks.",
  "Trade envoys met in Zürich.",
  "Großbritannien joined the trade talks later.",
];
