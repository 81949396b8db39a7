import { Link } from "@/i18n/navigation";

/** Heading of a page under a network (manage, members): the way back, the title, a line below. */
export function NetworkSubpageHeader({ network, title, children }: { network: { slug: string; name: string }; title: string; children?: React.ReactNode }) {
  return (
    <header className="space-y-1">
      <p className="text-sm text-slate-700">
        <Link href={`/networks/${network.slug}`} className="underline">
          {network.name}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      {children}
    </header>
  );
}
