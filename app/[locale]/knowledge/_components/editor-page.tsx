import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { countryOptions, languageOptions } from "@/lib/i18n/options";
import { writableNetworks } from "@/lib/knowledge/queries";
import type { KnowledgeType } from "@/lib/knowledge/schema";
import { KnowledgeEditor, type EditorValues } from "./knowledge-editor";

/** The editor page for a new or an existing item; people in no network are told how to join one. */
export async function EditorPage({ actorId, locale, type, heading, values }: { actorId: string; locale: string; type: KnowledgeType; heading: string; values: Partial<EditorValues> }) {
  const t = await getTranslations("knowledge");
  const networks = await writableNetworks({ actorId });
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href="/knowledge" className="font-medium text-brand-800 underline">
            {t("backToKnowledge")}
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">{heading}</h1>
        <p className="text-slate-700">{t(`editorIntro.${type}`)}</p>
      </header>
      {networks.length === 0 ? (
        <Card>
          <p>{t("joinToWrite")}</p>
          <Link href="/networks" className="mt-2 inline-block font-medium text-brand-800 underline">
            {t("browseNetworks")}
          </Link>
        </Card>
      ) : (
        <Card>
          <KnowledgeEditor
            type={type}
            countryOptions={countryOptions(locale)}
            languageOptions={languageOptions(locale)}
            networkOptions={networks.map((network) => ({ value: network.id, label: network.name }))}
            values={{
              title: "",
              summary: "",
              body: "",
              language: locale,
              countries: [],
              sector: "",
              topics: [],
              visibility: "MEMBERS",
              networkId: networks[0]!.id,
              storyMarket: "",
              storyWorked: "",
              storyDidNotWork: "",
              storyContacts: "",
              published: false,
              ...values,
            }}
          />
        </Card>
      )}
    </div>
  );
}
