"use client";

// The checker's own words (option labels, the questions' headings, the presets) in the page's language. The page
// reads them on the server (`checkerText(locale)`) and hands over only that language's: the browser bundle carries
// neither language's list.
import { createContext, useContext } from "react";
import type { CheckerText } from "@/lib/checker/text";

const CheckerWords = createContext<CheckerText | null>(null);

export const CheckerWordsProvider = CheckerWords.Provider;

export function useCheckerWords(): CheckerText {
  const words = useContext(CheckerWords);
  if (!words) throw new Error("useCheckerWords needs a CheckerWordsProvider (ScenarioChecker provides one).");
  return words;
}
