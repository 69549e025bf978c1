import { describe, expect, it } from "vitest";
import { originalUploadPath, safeRelativePath, uploadPathOf } from "./upload-paths";

describe("old upload paths", () => {
  it("finds the path under wp-content/uploads in any URL, decoded, without query or fragment", () => {
    expect(uploadPathOf("https://old.kz/wp-content/uploads/2024/03/photo-300x200.jpg?ver=2#x")).toBe("2024/03/photo-300x200.jpg");
    expect(uploadPathOf("//cdn.old.kz/wp-content/uploads/2024/03/%D1%84%D0%BE%D1%82%D0%BE.jpg")).toBe("2024/03/фото.jpg");
    expect(uploadPathOf("/wp-content/uploads/sites/2/2024/03/a.png")).toBe("sites/2/2024/03/a.png");
    expect(uploadPathOf("https://old.kz/images/a.jpg")).toBeNull();
  });

  it("refuses paths that climb out of the uploads folder", () => {
    expect(uploadPathOf("https://old.kz/wp-content/uploads/../../etc/passwd")).toBeNull();
    expect(uploadPathOf("https://old.kz/wp-content/uploads/2024/%2e%2e/%2e%2e/x")).toBeNull();
    expect(safeRelativePath("/2024/03/a.jpg")).toBe("2024/03/a.jpg");
    expect(safeRelativePath("..\\secret")).toBeNull();
    expect(safeRelativePath("")).toBeNull();
  });

  it("names the original of WordPress's resized and scaled copies", () => {
    expect(originalUploadPath("2024/03/photo-300x200.jpg")).toBe("2024/03/photo.jpg");
    expect(originalUploadPath("2024/03/photo-scaled.jpeg")).toBe("2024/03/photo.jpeg");
    expect(originalUploadPath("2024/03/photo-1024x683-rotated.png")).toBe("2024/03/photo-1024x683.png");
    expect(originalUploadPath("2024/03/ploshchad-2.jpg")).toBe("2024/03/ploshchad-2.jpg");
  });
});
