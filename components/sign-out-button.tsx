import { signOutAction } from "@/app/[locale]/(auth)/actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
