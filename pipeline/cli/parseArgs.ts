export interface ParsedArgs {
  command: string | null;
  options: Map<string, string | true>;
  positionals: string[];
}

/** `capdo run --sources DIR --out DIR --no-dashboard`: long options, `--key value` or `--key=value`, flags. */
export function parseArgs(argv: string[], flags: ReadonlySet<string>): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) options.set(key, inline);
      else if (flags.has(key)) options.set(key, true);
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith("--")) throw new Error(`Tùy chọn --${key} cần một giá trị`);
        options.set(key, value);
        i++;
      }
    } else if (command === null) command = arg;
    else positionals.push(arg);
  }
  return { command, options, positionals };
}
