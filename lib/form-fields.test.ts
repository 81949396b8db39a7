import { describe, expect, it } from "vitest";
import { formFields } from "./form-fields";

describe("formFields", () => {
  it("never lets a form name the actor", () => {
    const form = new FormData();
    form.append("actorId", "someone-else");
    form.append("title", "Hello");
    expect(formFields(form)).toEqual({ title: "Hello" });
  });

  it("turns repeated fields into arrays and skips files and Next's action fields", () => {
    const form = new FormData();
    form.append("countries", "VN");
    form.append("countries", "TH");
    form.append("$ACTION_ID_abc", "");
    form.append("photo", new Blob(["x"]));
    expect(formFields(form)).toEqual({ countries: ["VN", "TH"] });
  });
});
