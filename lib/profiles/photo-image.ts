import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { LIMITS } from "./options";

// Uploaded photos are decoded and re-encoded, never stored as sent: what is kept is a 512×512
// WebP without any metadata (no EXIF location, no camera serial), whatever the file claimed to be.

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);
/** Refuses decompression bombs before any pixel is allocated (sharp's own default is 268 MP). */
const MAX_INPUT_PIXELS = 40_000_000;

const notAnImage = () => new AppError("INVALID", "invalidInput", { photo: ["validation.photoNotImage"] });

export interface EncodedPhoto {
  data: Uint8Array<ArrayBuffer>;
  mimeType: "image/webp";
  width: number;
  height: number;
}

/** Decodes JPEG, PNG or WebP by content (not by name or declared type) and re-encodes it. */
export async function reencodePhoto(input: Uint8Array): Promise<EncodedPhoto> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw notAnImage();
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw notAnImage();
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate() // applies the EXIF orientation before the metadata is dropped
      .resize(LIMITS.photoSide, LIMITS.photoSide, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data), mimeType: "image/webp", width: info.width, height: info.height };
  } catch {
    throw notAnImage();
  }
}
