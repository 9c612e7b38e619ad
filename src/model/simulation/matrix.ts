/**
 * Small dense symmetric matrices (one row and column per uncertain driver): eigenvalues (Jacobi),
 * the nearest correlation matrix (Higham 2002, alternating projections with Dykstra's correction)
 * and a Cholesky factor that tolerates semi-definite matrices.
 */
export type Matrix = number[][];

export function identity(n: number): Matrix {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))
  );
}

const copy = (a: Matrix): Matrix => a.map((row) => row.slice());

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix, by cyclic Jacobi. */
export function symmetricEigen(matrix: Matrix): { values: number[]; vectors: Matrix } {
  const n = matrix.length;
  const a = copy(matrix);
  const v = identity(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p]![q] as number) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q]![q] as number) - (a[p]![p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p] as number;
          const akq = a[k]![q] as number;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k] as number;
          const aqk = a[q]![k] as number;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p] as number;
          const vkq = v[k]![q] as number;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i] as number), vectors: v };
}

/** The smallest eigenvalue of a symmetric matrix. */
export function smallestEigenvalue(matrix: Matrix): number {
  return Math.min(...symmetricEigen(matrix).values);
}

/** The projection onto positive semi-definite matrices: negative eigenvalues set to 0. */
function projectPsd(matrix: Matrix): Matrix {
  const { values, vectors } = symmetricEigen(matrix);
  const n = matrix.length;
  const out: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    const lambda = Math.max(0, values[k] as number);
    if (lambda === 0) continue;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        out[i]![j] =
          (out[i]![j] as number) + lambda * (vectors[i]![k] as number) * (vectors[j]![k] as number);
  }
  return out;
}

/** The nearest correlation matrix (unit diagonal, positive semi-definite) in the Frobenius norm. */
export function nearestCorrelation(matrix: Matrix): Matrix {
  const n = matrix.length;
  let y = copy(matrix);
  let correction: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let iteration = 0; iteration < 1000; iteration++) {
    const r = y.map((row, i) => row.map((value, j) => value - (correction[i]![j] as number)));
    const x = projectPsd(r);
    correction = x.map((row, i) => row.map((value, j) => value - (r[i]![j] as number)));
    const next = x.map((row, i) => row.map((value, j) => (i === j ? 1 : value)));
    let change = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        change = Math.max(change, Math.abs((next[i]![j] as number) - (y[i]![j] as number)));
    y = next;
    if (change < 1e-13) break;
  }
  // Symmetric to the last bit.
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) y[j]![i] = y[i]![j] as number;
  return y;
}

/** Lower-triangular L with L·Lᵀ = A; a pivot at or below 0 (semi-definite A) gives a zero column. */
export function cholesky(matrix: Matrix): Matrix {
  const n = matrix.length;
  const l: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let diagonal = matrix[j]![j] as number;
    for (let k = 0; k < j; k++) diagonal -= (l[j]![k] as number) ** 2;
    if (!(diagonal > 1e-12)) continue;
    const root = Math.sqrt(diagonal);
    l[j]![j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = matrix[i]![j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i]![k] as number) * (l[j]![k] as number);
      l[i]![j] = sum / root;
    }
  }
  return l;
}

/** The inverse of a lower-triangular matrix with a non-zero diagonal (null otherwise). */
export function invertLower(l: Matrix): Matrix | null {
  const n = l.length;
  const inv: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const d = l[i]![i] as number;
    if (d === 0) return null;
    inv[i]![i] = 1 / d;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum += (l[i]![k] as number) * (inv[k]![j] as number);
      inv[i]![j] = -sum / d;
    }
  }
  return inv;
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  return a.map((row) =>
    b[0]!.map((_, j) => row.reduce((sum, value, k) => sum + value * (b[k]![j] as number), 0))
  );
}
