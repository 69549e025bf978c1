import { describe, expect, it } from "vitest";
import { formInput } from "./form-input";

describe("formInput", () => {
  it("drops control characters from every field, so no title, tag or name can break a feed or the database", () => {
    const form = new FormData();
    form.set("title", "Заголовок\u0001 с\u000b управляющими");
    form.set("tags", "метка\u0000, другая");
    form.set("email", "a@b.kz\u0000");
    expect(formInput(form)).toEqual({ title: "Заголовок с управляющими", tags: "метка, другая", email: "a@b.kz" });
  });

  it("gives a name sent more than once as a list, skips files, and reads nothing from what is not a form", () => {
    const form = new FormData();
    form.append("ids", "3");
    form.append("ids", "5");
    form.set("op", "approve");
    form.set("file", new Blob(["x"]), "x.png");
    expect(formInput(form)).toEqual({ ids: ["3", "5"], op: "approve" });
    expect(formInput({ ids: ["1"] })).toEqual({});
  });
});
