/** The label of the `index`-th (0-based) off-page connector pair: A…Z, then AA, AB…AZ, BA… (spreadsheet order). */
export function offPageLabel(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`offPageLabel: bad index ${index}`);
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const digit = (n - 1) % 26;
    label = String.fromCharCode(65 + digit) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}
