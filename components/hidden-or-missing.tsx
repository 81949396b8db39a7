import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignInHereLink } from "./sign-in-here-link";

/**
 * The 404 of pages that are members-only for some readers (knowledge, events): unknown and
 * hidden things look the same, so nothing is revealed; visitors get a sign-in link that
 * returns to the page.
 */
export async function HiddenOrMissing({ title, text, signIn, back }: { title: string; text: string; signIn: string; back: { href: string; label: string } }) {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-slate-700">{text}</p>
      <p className="flex flex-wrap justify-center gap-4">
        {!user && <SignInHereLink>{signIn}</SignInHereLink>}
        <Link href={back.href} className="font-medium text-brand-800 underline">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
