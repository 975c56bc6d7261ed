/** The words the dropdowns offer: the first listed value of each status in the forms contract. */
export const TEMPLATE_VOCABULARY = {
  level: ["1", "2", "3", "4", "5"],
  approval: ["Đã phê duyệt", "Chưa phê duyệt", "Đang thẩm định"],
  implementation: ["Đầy đủ", "Một phần", "Chưa triển khai"],
  yesNo: ["Có", "Không"],
} as const;
