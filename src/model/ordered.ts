/**
 * Binary searches over ascending numbers, for the checks (claims by period) and the reader
 * (tokens and punctuation by offset) alike.
 */

/** The first index whose value is at least `value`, in ascending `values`. */
export function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index whose value is above `value`, in ascending `values`. */
export function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
