// The pane's English words are a chunk fetched when needed (src/taskpane/i18n/strings.ts); the
// pane's tests start, as index.tsx does, with the words of their language already here.
// test/taskpane/strings.test.ts checks the fetching itself, in a module registry of its own.
import { loadStrings } from "../src/taskpane/i18n/strings";

beforeAll(() => loadStrings("en"));
