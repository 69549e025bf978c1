import { cookies } from "next/headers";
import { formatAdminDate } from "@/lib/format/newsroom-date";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { readProfileDetails } from "@/lib/auth/profile-details";
import { ProfileForm } from "./ProfileForm";
import { listActiveSessions, SESSION_COOKIE } from "@/lib/auth/sessions";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { PasswordForm } from "./PasswordForm";
import { COMMENT_MAIL_LABELS, COMMENT_MAIL_MODES, readCommentMail } from "@/lib/mail/staff-settings";
import { MailNotConfigured } from "../_components/MailNotConfigured";
import { CommentMailForm } from "./CommentMailForm";
import { EndOtherSessionsForm, EndSessionForm } from "./SessionForms";

export default async function ProfilePage() {
  const staff = await requireStaffPage();
  const sessions = await listActiveSessions(staff.id, (await cookies()).get(SESSION_COOKIE)?.value);
  const details = await readProfileDetails(staff);
  return (
    <section>
      <h1>Профиль</h1>
      <p>
        {staff.name} · {staff.email} · {ROLE_LABELS[staff.role]}
      </p>
      <ProfileForm
        name={details.name}
        jobTitle={details.jobTitle}
        bio={details.bio}
        photo={details.avatar && details.avatarId ? { id: details.avatarId, ...details.avatar } : null}
        canPickPhoto={can(staff.role, "media.upload")}
      />
      <h2>Активные сеансы</h2>
      <table data-testid="sessions">
        <thead>
          <tr>
            <th>Устройство</th>
            <th>Адрес</th>
            <th>Вход</th>
            <th>Истекает</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td title={s.userAgent}>{describeUserAgent(s.userAgent)}</td>
              <td>{s.ip}</td>
              <td>{formatAdminDate(s.createdAt)}</td>
              <td>{formatAdminDate(s.expiresAt)}</td>
              <td>{s.current ? <strong>Этот сеанс</strong> : <EndSessionForm sessionId={s.id} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sessions.length > 1 && <EndOtherSessionsForm />}
      <PasswordForm />
      <MailNotConfigured />
      {can(staff.role, "comments.moderate") && (
        <CommentMailForm
          current={await readCommentMail(staff.id)}
          options={COMMENT_MAIL_MODES.map((value) => ({ value, label: COMMENT_MAIL_LABELS[value] }))}
        />
      )}
    </section>
  );
}
