import { describe, expect, it } from "vitest";
import { formData } from "@/tests/support/form-data";
import { fieldErrors, parseCommentForm } from "./input";

function form(fields: Record<string, string>): FormData {
  return formData({ comment_post_ID: "7", comment_parent: "0", ...fields });
}

function errors(fields: Record<string, string>) {
  const result = parseCommentForm(form(fields));
  return result.success ? {} : fieldErrors(result.error);
}

describe("comment form input", () => {
  it("accepts a complete comment and trims it", () => {
    const result = parseCommentForm(form({ comment: " Спасибо! ", author: "Айгуль", email: "a@example.kz", url: "" }));
    expect(result.success && result.data).toEqual({
      content: "Спасибо!",
      authorName: "Айгуль",
      authorEmail: "a@example.kz",
      authorUrl: "",
      articleId: 7,
      parentId: null,
      notifyReplies: false,
    });
  });

  it("reads «Уведомлять об ответах»", () => {
    const result = parseCommentForm(form({ comment: "Жду ответа", author: "Айгуль", email: "a@example.kz", url: "", notify_replies: "yes" }));
    expect(result.success && result.data.notifyReplies).toBe(true);
  });

  it("speaks the site's own words for missing fields", () => {
    expect(errors({ comment: "", author: "", email: "" })).toEqual({
      content: "Пожалуйста, введите ваш комментарий!",
      authorName: "пожалуйста, введите ваше имя здесь",
      authorEmail: "Пожалуйста, введите адрес электронной почты здесь",
    });
  });

  it("rejects a wrong email and a website that is not http(s)", () => {
    expect(errors({ comment: "x", author: "x", email: "ivan@", url: "javascript:alert(1)" })).toEqual({
      authorEmail: "Вы ввели неверный адрес электронной почты!",
      authorUrl: "Пожалуйста, введите адрес сайта, начиная с http:// или https://",
    });
  });

  it("refuses every field over its limit instead of cutting it", () => {
    const e = errors({ comment: "я".repeat(65_526), author: "a".repeat(246), email: `${"a".repeat(96)}@x.kz`, url: `https://${"a".repeat(193)}` });
    expect(Object.keys(e).sort()).toEqual(["authorEmail", "authorName", "authorUrl", "content"]);
    expect(e.content).toBe("Комментарий слишком длинный: не более 65 525 символов.");
    expect(errors({ comment: "я".repeat(65_525), author: "a".repeat(245), email: `${"a".repeat(94)}@x.kz`, url: `https://${"a".repeat(192)}` })).toEqual({});
  });

  it("words the errors in the article's language", () => {
    const result = parseCommentForm(form({ comment: "", author: "", email: "ivan@", url: "ftp://x.kz" }), "kk");
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({
      content: "Пікіріңізді енгізіңіз!",
      authorName: "Атыңызды осында енгізіңіз",
      authorEmail: "Электрондық пошта мекенжайы қате енгізілді!",
      authorUrl: "Сайт мекенжайын http:// немесе https:// деп бастап енгізіңіз",
    });
    const long = parseCommentForm(form({ comment: "я".repeat(65_526), author: "x", email: "x@x.kz" }), "kk");
    expect(long.success ? {} : fieldErrors(long.error)).toEqual({ content: "Пікір тым ұзын: 65 525 таңбадан аспауы керек." });
  });

  it("reads a reply's parent", () => {
    const result = parseCommentForm(form({ comment: "x", author: "x", email: "x@x.kz", comment_parent: "12" }));
    expect(result.success && result.data.parentId).toBe(12);
  });
});
