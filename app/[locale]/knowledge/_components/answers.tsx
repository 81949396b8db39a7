import { ArrowBigDown, ArrowBigUp, Check } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import type { getKnowledgeItem } from "@/lib/knowledge/queries";
import { acceptAnswerAction, deleteAnswerAction, voteAction } from "../actions";
import { AnswerForm } from "./answer-form";

type Loaded = Awaited<ReturnType<typeof getKnowledgeItem>>;

export async function Answers({ data, signedIn, locale }: { data: Loaded; signedIn: boolean; locale: string }) {
  const t = await getTranslations("knowledge");
  const format = await getFormatter();
  const { item, answers, can } = data;
  return (
    <section aria-labelledby="answers-heading" className="space-y-4">
      <h2 id="answers-heading" className="text-2xl font-semibold">
        {t("answerCount", { count: answers.length })}
      </h2>
      {answers.length === 0 && <p className="text-slate-700">{t("noAnswers")}</p>}
      <ol className="space-y-4">
        {answers.map((answer) => (
          <li key={answer.id} id={`answer-${answer.id}`} className={`rounded-2xl border bg-white p-5 shadow-sm ${answer.accepted ? "border-emerald-400" : "border-slate-200"}`}>
            <article aria-label={t("answerBy", { name: answer.author.name })} className="flex gap-4">
              <div className="flex flex-col items-center gap-1">
                {answer.canVote && (
                  <ActionButton action={voteAction} fields={{ answerId: answer.id, value: answer.myVote === 1 ? "0" : "1" }} variant={answer.myVote === 1 ? "primary" : "ghost"}>
                    <ArrowBigUp aria-hidden="true" className="size-5" />
                    <span className="sr-only">{answer.myVote === 1 ? t("removeVote") : t("upvote")}</span>
                  </ActionButton>
                )}
                <span className="text-lg font-semibold tabular-nums" aria-label={t("score", { score: answer.score })}>
                  {answer.score}
                </span>
                {answer.canVote && (
                  <ActionButton action={voteAction} fields={{ answerId: answer.id, value: answer.myVote === -1 ? "0" : "-1" }} variant={answer.myVote === -1 ? "primary" : "ghost"}>
                    <ArrowBigDown aria-hidden="true" className="size-5" />
                    <span className="sr-only">{answer.myVote === -1 ? t("removeVote") : t("downvote")}</span>
                  </ActionButton>
                )}
              </div>
              <div className="min-w-0 flex-1 space-y-3">
                {answer.accepted && (
                  <Badge tone="green">
                    <Check aria-hidden="true" className="me-1 size-3.5" />
                    {t("accepted")}
                  </Badge>
                )}
                <Markdown>{answer.body}</Markdown>
                <p className="text-sm text-slate-700">
                  <Link href={`/members/${answer.author.id}`} className="font-medium text-brand-800 underline">
                    {answer.author.name}
                  </Link>{" "}
                  · <time dateTime={answer.createdAt.toISOString()}>{format.dateTime(answer.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                </p>
                <div className="flex flex-wrap gap-2">
                  {can.accept && (
                    <ActionButton action={acceptAnswerAction} fields={{ answerId: answer.id }} variant={answer.accepted ? "secondary" : "primary"}>
                      {answer.accepted ? t("unaccept") : t("accept")}
                    </ActionButton>
                  )}
                  {answer.canDelete && (
                    <ActionButton action={deleteAnswerAction} fields={{ answerId: answer.id }} variant="ghost" confirm={t("deleteAnswerConfirm")}>
                      {t("deleteAnswer")}
                    </ActionButton>
                  )}
                </div>
              </div>
            </article>
          </li>
        ))}
      </ol>
      {can.answer ? (
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
          <AnswerForm questionId={item.id} />
        </div>
      ) : (
        item.status === "PUBLISHED" && (
          <p className="text-slate-700">
            {signedIn ? (
              t("joinToAnswer")
            ) : (
              <Link href={{ pathname: "/sign-in", query: { callbackUrl: `/${locale}/knowledge/${item.id}` } }} className="font-medium text-brand-800 underline">
                {t("signInToAnswer")}
              </Link>
            )}
          </p>
        )
      )}
    </section>
  );
}
