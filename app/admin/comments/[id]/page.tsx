import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/roles";
import { readCommentForEdit } from "@/lib/comments/newsroom";
import { CommentEditForm } from "./CommentEditForm";
import { ReplyForm } from "./ReplyForm";

export default async function CommentPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "comments.moderate")) return <p role="alert">Модерация комментариев доступна редакторам.</p>;
  const raw = (await params).id;
  const comment = /^[1-9]\d{0,9}$/.test(raw) ? await readCommentForEdit(Number(raw)) : null;
  if (!comment) notFound();
  return (
    <section>
      <p>
        <Link href="/admin/comments">← Комментарии</Link>
      </p>
      <h1>Комментарий к «{comment.article.title}»</h1>
      <CommentEditForm comment={comment} />
      <ReplyForm parentId={comment.id} />
    </section>
  );
}
