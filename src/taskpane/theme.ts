// The pane's theme: Fluent's light theme (its tokens give the contrast) with a font stack that
// renders Thai in a Thai font on every platform: the government fonts first, then the Thai UI
// fonts of Windows (Leelawadee UI, Tahoma), Google's, and the system's sans-serif.
//
// In the production bundle the light theme is data, not code: webpack.config.js replaces
// ./lightTheme with the light theme's values of exactly the tokens some CSS in the bundle uses
// (var(--…)), so Fluent's theme-building code and its ~460-token palette stay out of the pane's
// start-up JavaScript. Tests and the dev server get webLightTheme itself.
import type { Theme } from "@fluentui/react-components";
import { lightTheme } from "./lightTheme";

export const THAI_FONT_STACK =
  '"TH Sarabun New", "TH SarabunPSK", "Sarabun", "Leelawadee UI", "Noto Sans Thai", "Tahoma", sans-serif';

export const paneTheme: Theme = { ...lightTheme, fontFamilyBase: THAI_FONT_STACK };
