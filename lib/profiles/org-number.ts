// Swedish organisation numbers (organisationsnummer): NNNNNN-NNNN, where the last digit is a
// Luhn check digit over the first nine. Personal identity numbers used by sole traders follow
// the same rule, so any Luhn-valid number is accepted.

const FORMAT = /^\d{6}-\d{4}$/;

/** Luhn check digit for a string of digits (weights 2, 1, 2, … from the left for nine digits). */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // The digit next to the check digit is doubled, then every second one going left.
    const doubled = (digits.length - i) % 2 === 1;
    let value = Number(digits[i]) * (doubled ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidOrgNumber(value: string): boolean {
  if (!FORMAT.test(value)) return false;
  const digits = value.replace("-", "");
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** "556016068" → "556016-0680". */
export function withLuhnDigit(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error(`expected nine digits, got "${nineDigits}"`);
  const digits = `${nineDigits}${luhnCheckDigit(nineDigits)}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
