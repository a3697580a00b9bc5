// The basket chunk: reading a basket file and searching it (see loadBasket.ts).
import { parseBasket } from "../../core/basket/format";
import { searchBasket } from "../../core/basket/search";
import type { BasketEngine } from "./loadBasket";

export const engine: BasketEngine = { parseBasket, searchBasket };
