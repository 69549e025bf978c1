import Link from "next/link";
import { Fragment } from "react";
import type { Byline as BylineAuthor } from "@/lib/articles/types";
import { edition } from "@/lib/editions/edition";
import { paths } from "@/lib/paths";
import { AuthorAvatar } from "./AuthorAvatar";

/** The article's authors, each with their photo and a link to their archive. */
export function Byline({ authors }: { authors: BylineAuthor[] }) {
  const { path } = edition();
  return (
    <span className="byline">
      {authors.map((a, i) => (
        <Fragment key={a.slug}>
          {i > 0 ? <span aria-hidden="true">, </span> : null}
          <Link rel="author" className="byline__author" href={path(paths.author(a.slug))}>
            {a.avatar ? <AuthorAvatar avatar={a.avatar} name="" size={24} /> : null}
            {a.name}
          </Link>
        </Fragment>
      ))}
    </span>
  );
}
