"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { CountryPicker } from "@/components/country-picker";
import { MarkdownField } from "@/components/markdown-field";
import { RadioGroup } from "@/components/radio-group";
import { CheckboxGroup } from "@/components/profile/checkbox-group";
import { useActionGeneration } from "@/components/profile/use-action-generation";
import { buttonClasses } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { initialActionState } from "@/lib/action-state";
import { errorsAt } from "@/lib/profiles/form";
import { KNOWLEDGE_LIMITS, type KnowledgeType } from "@/lib/knowledge/schema";
import { KNOWLEDGE_TOPICS } from "@/lib/knowledge/topics";
import { SNI_SECTIONS } from "@/lib/profiles/options";
import { saveItemAction } from "../actions";

export interface EditorValues {
  itemId?: string;
  title: string;
  summary: string;
  body: string;
  language: string;
  countries: string[];
  sector: string;
  topics: string[];
  visibility: "MEMBERS" | "PUBLIC";
  networkId: string;
  storyMarket: string;
  storyWorked: string;
  storyDidNotWork: string;
  storyContacts: string;
  /** Published items are saved in place; drafts can be saved or published. */
  published: boolean;
}

export function KnowledgeEditor({
  type,
  values,
  countryOptions,
  languageOptions,
  networkOptions,
}: {
  type: KnowledgeType;
  values: EditorValues;
  countryOptions: SelectOption[];
  languageOptions: SelectOption[];
  networkOptions: SelectOption[];
}) {
  const t = useTranslations("knowledge");
  const tCompany = useTranslations("company");
  const [state, action, pending] = useActionState(saveItemAction, initialActionState);
  const generation = useActionGeneration(state);
  const echoed = state.ok ? undefined : state.values;
  const v = { ...values, ...echoed };
  const e = state.fieldErrors;
  // Kept in state: a refused save echoes single values only, and lists must survive it too.
  const [countries, setCountries] = useState(values.countries);
  const [topics, setTopics] = useState(values.topics);
  const isQuestion = type === "question";

  return (
    <form action={action} noValidate className="space-y-6">
      <input type="hidden" name="kind" value={type} />
      {values.itemId && <input type="hidden" name="itemId" value={values.itemId} />}
      <div key={generation} className="space-y-6">
        <TextField label={t(isQuestion ? "questionTitle" : "titleField")} name="title" required maxLength={KNOWLEDGE_LIMITS.title} defaultValue={v.title} errors={e?.title} />
        {!isQuestion && (
          <TextAreaField label={t("summary")} name="summary" rows={2} required hint={t("summaryHint")} maxLength={KNOWLEDGE_LIMITS.summary} defaultValue={v.summary} errors={e?.summary} />
        )}
        {type === "story" && (
          <SelectField label={t("storyMarket")} name="storyMarket" required placeholder={t("chooseMarket")} options={countryOptions} defaultValue={v.storyMarket} errors={e?.storyMarket} />
        )}
        <MarkdownField
          label={t(isQuestion ? "questionBody" : type === "story" ? "storyBody" : "body")}
          name="body"
          rows={16}
          required
          hint={t("markdownHint")}
          maxLength={KNOWLEDGE_LIMITS.body}
          defaultValue={v.body}
          errors={e?.body}
          previewLabel={t("preview")}
          previewEmpty={t("previewEmpty")}
        />
        {type === "story" && (
          <div className="grid gap-4 lg:grid-cols-3">
            <TextAreaField label={t("storyWorked")} name="storyWorked" rows={5} maxLength={KNOWLEDGE_LIMITS.storyField} defaultValue={v.storyWorked} errors={e?.storyWorked} />
            <TextAreaField label={t("storyDidNotWork")} name="storyDidNotWork" rows={5} maxLength={KNOWLEDGE_LIMITS.storyField} defaultValue={v.storyDidNotWork} errors={e?.storyDidNotWork} />
            <TextAreaField label={t("storyContacts")} name="storyContacts" rows={5} maxLength={KNOWLEDGE_LIMITS.storyField} defaultValue={v.storyContacts} errors={e?.storyContacts} />
          </div>
        )}
        <CountryPicker
          name="countries"
          legend={t("countries")}
          hint={t("countriesHint", { max: KNOWLEDGE_LIMITS.countries })}
          options={countryOptions}
          chosen={countries}
          onChange={setCountries}
          errors={errorsAt(e, "countries")}
        />
        <CheckboxGroup
          legend={t("topics")}
          name="topics"
          hint={t("topicsHint", { max: KNOWLEDGE_LIMITS.topics })}
          options={KNOWLEDGE_TOPICS.map((topic) => ({ value: topic, label: t(`topic.${topic}`) }))}
          checked={topics}
          onToggle={(topic, on) => setTopics((current) => (on ? [...current, topic] : current.filter((entry) => entry !== topic)))}
          errors={errorsAt(e, "topics")}
          columns={3}
        />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            label={t("sector")}
            name="sector"
            placeholder={t("anySector")}
            options={SNI_SECTIONS.map((section) => ({ value: section, label: tCompany("sectorOption", { section, name: tCompany(`sni.${section}`) }) }))}
            defaultValue={v.sector}
            errors={e?.sector}
          />
          <SelectField label={t("language")} name="language" required options={languageOptions} defaultValue={v.language} errors={e?.language} hint={t("languageHint")} />
          <SelectField label={t("network")} name="networkId" required options={networkOptions} defaultValue={v.networkId} errors={e?.networkId} hint={t("networkHint")} />
        </div>
        <RadioGroup
          legend={t("visibility")}
          name="visibility"
          defaultValue={v.visibility}
          errors={e?.visibility}
          options={(["MEMBERS", "PUBLIC"] as const).map((level) => ({ value: level, label: t(`visibilityLevel.${level}`), hint: t(`visibilityHint.${level}`) }))}
        />
      </div>
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        {isQuestion ? (
          <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClasses()}>
            {values.itemId ? t("saveQuestion") : t("postQuestion")}
          </button>
        ) : (
          <>
            <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClasses()}>
              {values.published ? t("saveChanges") : t("publish")}
            </button>
            {!values.published && (
              <button type="submit" name="intent" value="draft" disabled={pending} className={buttonClasses("secondary")}>
                {t("saveDraft")}
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
