import { provinceShapes } from "../../lib/provinceShapes.ts";
import { runLoader } from "../../lib/writeJson.ts";

runLoader(async () => provinceShapes(2024));
