import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canStartDirect } from "@/lib/chat/direct";
import { openDirectChannelAction } from "../actions";

/** "Send a message" on a member's profile, for those who may start a conversation with them. */
export async function MessageButton({ memberId }: { memberId: string }) {
  const user = await getCurrentUser();
  if (!user || !(await canStartDirect({ actorId: user.id, userId: memberId }))) return null;
  const t = await getTranslations("chat");
  const locale = await getLocale();
  return (
    <ActionButton action={openDirectChannelAction} fields={{ userId: memberId, locale }} variant="primary">
      {t("sendMessage")}
    </ActionButton>
  );
}
