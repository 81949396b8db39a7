import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { addMember, createNetwork, createUser } from "@/tests/factories";
import { getMemberPhoto, removeProfilePhoto, setProfilePhoto } from "./photos";
import { updateProfile } from "./profile-editor";

/** A real image made by sharp: a landscape picture with EXIF data that must not survive. */
async function image(format: "jpeg" | "png" | "webp" | "gif", { width = 1200, height = 800 } = {}) {
  const picture = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 60, b: 40 } } }).withExif({
    IFD0: { Copyright: "Secret Owner", Artist: "Camera serial 12345" },
  });
  return picture.toFormat(format).toBuffer();
}

const file = (bytes: Uint8Array | string, name: string, type: string) => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

const storedPhoto = (userId: string) => getPrisma().profilePhoto.findUnique({ where: { userId } });

describe("setProfilePhoto", () => {
  it.each(["jpeg", "png", "webp"] as const)("re-encodes a %s to a 512×512 WebP without metadata", async (format) => {
    const user = await createUser();
    await setProfilePhoto({ actorId: user.id, photo: file(await image(format), `me.${format}`, `image/${format}`) });
    const photo = await storedPhoto(user.id);
    expect(photo).toMatchObject({ mimeType: "image/webp", width: 512, height: 512 });
    const metadata = await sharp(photo!.data).metadata();
    expect(metadata).toMatchObject({ format: "webp", width: 512, height: 512 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(Buffer.from(photo!.data).includes("Secret Owner")).toBe(false);
  });

  it("decides by content, not by name or declared type", async () => {
    const user = await createUser();
    // A PNG called notes.txt is an image…
    await setProfilePhoto({ actorId: user.id, photo: file(await image("png", { width: 300, height: 900 }), "notes.txt", "text/plain") });
    expect(await storedPhoto(user.id)).toMatchObject({ width: 512, height: 512 });
    // …and text called photo.jpg is not.
    const other = await createUser();
    await expect(setProfilePhoto({ actorId: other.id, photo: file("just some text, not a picture", "photo.jpg", "image/jpeg") })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { photo: ["validation.photoNotImage"] },
    });
    expect(await storedPhoto(other.id)).toBeNull();
  });

  it("refuses other image formats, SVG and truncated files", async () => {
    const user = await createUser();
    const jpeg = await image("jpeg");
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    for (const photo of [file(await image("gif"), "a.gif", "image/gif"), file(svg, "a.svg", "image/svg+xml"), file(jpeg.subarray(0, 200), "cut.jpg", "image/jpeg")]) {
      await expect(setProfilePhoto({ actorId: user.id, photo }), photo.name).rejects.toMatchObject({ fieldErrors: { photo: ["validation.photoNotImage"] } });
    }
    expect(await storedPhoto(user.id)).toBeNull();
  });

  it("refuses a file over 5 MB and an empty one, keeping the photo it has", async () => {
    const user = await createUser();
    await setProfilePhoto({ actorId: user.id, photo: file(await image("jpeg"), "me.jpg", "image/jpeg") });
    const before = await storedPhoto(user.id);
    const large = new Uint8Array(5 * 1024 * 1024 + 1);
    large.set(await image("jpeg")); // a real JPEG at the start: the size alone decides
    await expect(setProfilePhoto({ actorId: user.id, photo: file(large, "big.jpg", "image/jpeg") })).rejects.toMatchObject({ fieldErrors: { photo: ["validation.photoTooLarge"] } });
    await expect(setProfilePhoto({ actorId: user.id, photo: file(new Uint8Array(0), "empty.jpg", "image/jpeg") })).rejects.toMatchObject({ fieldErrors: { photo: ["validation.photoRequired"] } });
    await expect(setProfilePhoto({ actorId: user.id, photo: "not a file" })).rejects.toMatchObject({ fieldErrors: { photo: ["validation.photoRequired"] } });
    expect(await storedPhoto(user.id)).toEqual(before);
  });

  it("replaces an earlier photo and removes it on request", async () => {
    const user = await createUser();
    await setProfilePhoto({ actorId: user.id, photo: file(await image("jpeg"), "one.jpg", "image/jpeg") });
    const first = await storedPhoto(user.id);
    await setProfilePhoto({ actorId: user.id, photo: file(await image("png", { width: 600, height: 600 }), "two.png", "image/png") });
    const second = await storedPhoto(user.id);
    expect(Buffer.from(second!.data).equals(Buffer.from(first!.data))).toBe(false);
    await removeProfilePhoto({ actorId: user.id });
    expect(await storedPhoto(user.id)).toBeNull();
    await removeProfilePhoto({ actorId: user.id }); // removing twice is harmless
  });
});

describe("getMemberPhoto", () => {
  async function ownerWithPhoto(aboutVisibility: string) {
    const network = await createNetwork();
    const owner = await createUser();
    await addMember(network.id, owner.id);
    await updateProfile({ actorId: owner.id, aboutVisibility, languagesVisibility: "PUBLIC", countriesVisibility: "PUBLIC", companyVisibility: "PUBLIC" });
    await setProfilePhoto({ actorId: owner.id, photo: file(await image("jpeg"), "me.jpg", "image/jpeg") });
    const [sameNetwork, otherNetworkMember, noNetwork] = await Promise.all([createUser(), createUser(), createUser()]);
    await addMember(network.id, sameNetwork.id);
    await addMember((await createNetwork()).id, otherNetworkMember.id);
    return { owner, viewers: { self: owner.id, sameNetwork: sameNetwork.id, otherNetworkMember: otherNetworkMember.id, noNetwork: noNetwork.id, visitor: null } };
  }

  const expected = {
    PUBLIC: { self: true, sameNetwork: true, otherNetworkMember: true, noNetwork: true, visitor: true },
    MEMBERS: { self: true, sameNetwork: true, otherNetworkMember: true, noNetwork: false, visitor: false },
    NETWORK: { self: true, sameNetwork: true, otherNetworkMember: false, noNetwork: false, visitor: false },
  };

  it.each(Object.keys(expected) as (keyof typeof expected)[])("serves a photo of an about section visible to %s only to those who may see it", async (visibility) => {
    const { owner, viewers } = await ownerWithPhoto(visibility);
    const outcome: Record<string, boolean> = {};
    for (const [label, actorId] of Object.entries(viewers)) {
      outcome[label] = await getMemberPhoto({ actorId, memberId: owner.id }).then(
        (photo) => photo.mimeType === "image/webp" && photo.data.byteLength > 0,
        (error: { code?: string }) => (error.code === "NOT_FOUND" ? false : Promise.reject(error)),
      );
    }
    expect(outcome).toEqual(expected[visibility]);
  });

  it("answers NOT_FOUND without a photo, for removed accounts and unknown ids", async () => {
    const user = await createUser();
    await updateProfile({ actorId: user.id, aboutVisibility: "PUBLIC", languagesVisibility: "PUBLIC", countriesVisibility: "PUBLIC", companyVisibility: "PUBLIC" });
    await expect(getMemberPhoto({ actorId: null, memberId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setProfilePhoto({ actorId: user.id, photo: file(await image("png"), "me.png", "image/png") });
    await getPrisma().user.update({ where: { id: user.id }, data: { status: "REMOVED" } });
    await expect(getMemberPhoto({ actorId: null, memberId: user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMemberPhoto({ actorId: null, memberId: "no-such-member" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
