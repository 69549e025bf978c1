import { describe, expect, it } from "vitest";
import { formFields } from "./form";

describe("formFields", () => {
  it("drops control characters from every field, so no title, tag or name can break a feed or the database", () => {
    const form = new FormData();
    form.set("title", "Заголовок\u0001 с\u000b управляющими");
    form.set("tags", "метка\u0000, другая");
    form.set("email", "a@b.kz\u0000");
    expect(formFields(form)).toEqual({ title: "Заголовок с управляющими", tags: "метка, другая", email: "a@b.kz" });
  });
});
