"use client";
import { useState } from "react";

/**
 * A number that grows each time a form's action state changes. Keying the form's fields on it
 * remounts them after every submission, so that React's automatic form reset shows the values
 * the component keeps in state instead of the ones the page first rendered.
 */
export function useActionGeneration(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [generation, setGeneration] = useState(0);
  if (seen !== state) {
    // Adjusting state while rendering, as React's docs recommend for "state from previous render".
    setSeen(state);
    setGeneration(generation + 1);
  }
  return generation;
}
