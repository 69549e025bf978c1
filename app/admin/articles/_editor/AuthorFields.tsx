"use client";
import type { EditableArticle } from "@/lib/articles/newsroom-reads";
import { FieldError } from "../../_components/FieldError";

export type StaffOption = { id: number; name: string };

type Props = { article: EditableArticle; staff: StaffOption[]; errors: (field: string) => string[] | undefined };

/** «Автор» and «Соавторы», for editors writing on someone's behalf. */
export function AuthorFields({ article, staff, errors }: Props) {
  return (
    <fieldset className="author-fields">
      <legend>Авторы</legend>
      <label htmlFor="authorId">Автор</label>
      <select id="authorId" name="authorId" defaultValue={article.authorId} aria-describedby="authorId-error">
        {staff.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <FieldError id="authorId-error" errors={errors("authorId")} />
      <span className="field-label" id="coauthors-label">
        Соавторы
      </span>
      {/* Marks the list as sent, so unchecking everyone removes every co-author. */}
      <input type="hidden" name="coAuthorIds" value="" />
      <div className="coauthor-list" role="group" aria-labelledby="coauthors-label">
        {staff.map((s) => (
          <label key={s.id}>
            <input type="checkbox" name="coAuthorIds" value={s.id} defaultChecked={article.coAuthorIds.includes(s.id)} /> {s.name}
          </label>
        ))}
      </div>
      <FieldError id="coAuthorIds-error" errors={errors("coAuthorIds")} />
    </fieldset>
  );
}
