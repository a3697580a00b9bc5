// The pane's theme: Fluent's light theme (its tokens give the contrast) with a font stack that
// renders Thai in a Thai font on every platform: the government fonts first, then the Thai UI
// fonts of Windows (Leelawadee UI, Tahoma), Google's, and the system's sans-serif.
import { webLightTheme, type Theme } from "@fluentui/react-components";

export const THAI_FONT_STACK =
  '"TH Sarabun New", "TH SarabunPSK", "Sarabun", "Leelawadee UI", "Noto Sans Thai", "Tahoma", sans-serif';

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: THAI_FONT_STACK };
