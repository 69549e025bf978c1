import { AuthorAvatar } from "@/components/article/AuthorAvatar";
import { env } from "@/lib/env";
import { mediaSrc } from "@/lib/media/public-url";
import { personJsonLd } from "@/lib/seo/person-json-ld";
import type { AuthorProfile } from "@/lib/taxonomy/reads";
import { JsonLdScript } from "./JsonLdScript";

/** The head of an author's archive: photo, job title and their Person structured data (the bio is the archive's description). */
export function AuthorIntro({ author }: { author: AuthorProfile }) {
  return (
    <div className="author-intro">
      <JsonLdScript data={personJsonLd(env().SITE_URL, author, mediaSrc)} />
      {author.avatar ? <AuthorAvatar avatar={author.avatar} name={author.name} size={96} /> : null}
      {author.jobTitle ? <p className="author-intro__job">{author.jobTitle}</p> : null}
    </div>
  );
}
