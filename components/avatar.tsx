import Image from "next/image";
import { colourIndex, initialsOf } from "@/lib/profiles/rules";
import { cn } from "./ui/cn";

// Dark tones only, so that white initials keep a contrast of at least 4.5:1 on every one.
const TONES = ["bg-brand-700", "bg-sky-800", "bg-violet-700", "bg-rose-700", "bg-amber-800", "bg-emerald-800", "bg-indigo-700", "bg-fuchsia-800"] as const;

const SIZES = {
  sm: { box: "size-10 text-sm", pixels: 40 },
  md: { box: "size-16 text-xl", pixels: 64 },
  lg: { box: "size-28 text-3xl", pixels: 112 },
} as const;

/** The URL of a member's photo; the version (the photo's update time) makes a new photo a new URL. */
export const memberPhotoUrl = (memberId: string, version: number) => `/api/v1/members/${encodeURIComponent(memberId)}/photo?v=${version}`;

/**
 * A member's photo, or their initials on a colour that always stays the same for them.
 * Pass `photoVersion` only when the viewer may see the photo (the about section); the route
 * answers 404 otherwise. `decorative` hides it from assistive technology when the name is
 * written right next to it.
 */
export function Avatar({
  id,
  name,
  photoVersion,
  size = "md",
  decorative = false,
  className,
}: {
  id: string;
  name: string;
  photoVersion?: number | null;
  size?: keyof typeof SIZES;
  decorative?: boolean;
  className?: string;
}) {
  const { box, pixels } = SIZES[size];
  if (photoVersion != null) {
    return (
      <Image
        src={memberPhotoUrl(id, photoVersion)}
        alt={decorative ? "" : name}
        width={pixels}
        height={pixels}
        unoptimized // the route checks who is asking; the optimiser would fetch it without the viewer's session
        className={cn("shrink-0 rounded-full bg-slate-200 object-cover", box, className)}
      />
    );
  }
  return (
    <span
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative || undefined}
      className={cn("inline-grid shrink-0 select-none place-items-center rounded-full font-semibold text-white", TONES[colourIndex(id, TONES.length)], box, className)}
    >
      {initialsOf(name)}
    </span>
  );
}
