// One colour per measure, the same on every chart.
export const COLORS = {
  approval: "#1f5fad",
  implementation: "#e07b00",
  target: "#c62828",
  group: "#555",
  muted: "#9aa3ad",
};
