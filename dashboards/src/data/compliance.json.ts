import { runLoader } from "../../lib/runLoader.ts";

runLoader(import.meta.url);
