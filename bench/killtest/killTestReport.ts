import type { KillTestResult } from "./runKillTest.ts";

/** The kill test's report in Markdown. */
export function killTestReport(result: KillTestResult, meta: { command: string; date: string; seconds: number; agencies: number; seed: number }, log: string[]): string {
  const lines = [
    "# Báo cáo kiểm thử ngắt đột ngột (`kill -9`) khi đang chạy `capdo run`",
    "",
    `Tạo bằng \`${meta.command}\` ngày ${meta.date}, hết ${meta.seconds.toFixed(0)} giây. Hai bộ nguồn tổng hợp A và B (seed ${meta.seed} và ${meta.seed + 1}, ${meta.agencies} cơ quan × 2 tháng) được chạy luân phiên trên cùng một thư mục kết quả; mỗi lần chạy bị \`kill -9\` tại một thời điểm ngẫu nhiên (cùng seed → cùng thời điểm) — một nửa trong khoảng 0–105 %, một nửa trong khoảng 80–105 % thời gian một lần chạy trọn ngắn nhất đo được (${result.fullRunSeconds.toFixed(1)} giây), nơi kho dữ liệu được dựng và công bố; cứ lần thứ ba thì bị kill ngay trong bước công bố (sau khi dựng xong kho, mỗi bước công bố được kéo dài bằng \`CAPDO_PUBLISH_PAUSE_MS\` — chỉ dùng cho kiểm thử này). Sau mỗi lần: kho dữ liệu phải mở được (chỉ đọc) và có đúng nội dung mọi bảng mart của A hoặc của B (bản trước hoặc bản mới, không gì ở giữa); mọi SHA-256 mà kho dữ liệu dẫn tới phải có trong \`archive/\` và khớp nội dung; lần chạy sau phải tự gỡ khóa của lần chạy đã chết.`,
    "",
    "| | số |",
    "|---|---:|",
    `| lần chạy | ${result.runs} |`,
    `| bị \`kill -9\` giữa chừng | ${result.kills} |`,
    `| chạy xong trước thời điểm kill | ${result.completedBeforeKill} |`,
    `| sau đó: kho dữ liệu trọn vẹn, của bộ nguồn kia (bản trước, giữ nguyên) | ${result.previousKept} |`,
    `| sau đó: kho dữ liệu trọn vẹn, của bộ nguồn lần này (bản mới đã công bố, kể cả khi bị kill sau bước đổi tên) | ${result.newPublished} |`,
    `| **kho dữ liệu hỏng hoặc lẫn (không phải A, không phải B)** | **${result.corrupted}** |`,
    `| **dẫn chứng nguồn (SHA-256) không có trong archive/ hoặc sai nội dung** | **${result.provenanceBroken}** |`,
    `| khóa của lần chạy đã chết để lại, được lần sau tự gỡ | ${result.staleLocks} |`,
    `| công bố bị cắt giữa chừng, được lần sau hoàn tất từ nhật ký | ${result.interruptedPublishes} |`,
    `| lần chạy không bị kill mà thất bại hoặc bị từ chối | ${result.refusedOrFailed} |`,
    `| lần chạy cuối (không kill) thành công, đúng nội dung, không còn khóa | ${result.finalRunOk ? "có" : "**không**"} |`,
    "",
    "## Thời điểm bị kill, theo giai đoạn",
    "",
    "| giai đoạn | số lần |",
    "|---|---:|",
    ...Object.entries(result.killsByPhase).sort().map(([phase, n]) => `| ${phase} | ${n} |`),
    "",
    "## Vấn đề",
    "",
    ...(result.problems.length === 0 ? ["Không có."] : result.problems.map((p) => `- ${p}`)),
    "",
    "## Nhật ký",
    "",
    "```",
    ...log,
    "```",
  ];
  return `${lines.join("\n")}\n`;
}
