// Preloaded (node --import) into the Observable Framework build: the dashboard must build with no
// network, so any attempt to fetch (npm versions, CDN modules, telemetry) fails the build loudly.
globalThis.fetch = async (input) => {
  throw new Error(`capdo: the dashboard build must not use the network (tried ${typeof input === "string" ? input : input?.url ?? input})`);
};
