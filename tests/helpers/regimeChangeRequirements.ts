/** A rules table with a change of regime on 15/07/2026: the July 2026 period is judged by the new rule. */
export const regimeChange = {
  requirements: [
    {
      code: "periodic_assessment", name: "Kiểm tra, đánh giá định kỳ", check: "assessment_within_months",
      legal_basis: "Thông tư số 12/2022/TT-BTTTT", effective_from: "2022-10-01", effective_to: "2026-07-14",
      applies_to: [{ levels: [3, 4], max_months_since_assessment: 12 }, { levels: [5], max_months_since_assessment: 6 }],
    },
    {
      code: "periodic_assessment", name: "Kiểm tra, đánh giá định kỳ", check: "assessment_within_months",
      legal_basis: "Luật An ninh mạng số 116/2025/QH15", effective_from: "2026-07-15",
      applies_to: [{ levels: [2, 3, 4, 5], max_months_since_assessment: 6 }],
    },
    {
      code: "professional_monitoring", name: "Giám sát, bảo vệ chuyên nghiệp", check: "monitored", protection_layer: 2,
      legal_basis: "Chỉ thị số 14/CT-TTg", effective_from: "2019-06-07", effective_to: "2026-06-30",
      applies_to: [{ levels: [1, 2, 3, 4, 5] }], target: { share: 1, by: "2024-11-30" },
    },
  ],
};
