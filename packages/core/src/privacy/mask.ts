/**
 * Masking of the two identifiers abusive lenders and scammers exploit: phone numbers and ID
 * numbers. Masked everywhere the person did not ask for the full value (documents, exports, logs).
 */

/** 13812345678 → 138****5678: the carrier prefix and last four digits stay, enough to recognise it. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 110101199001011234 → 110101********1234: region code and last four stay, the birth date goes. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
