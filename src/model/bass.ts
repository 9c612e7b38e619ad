/** Bass diffusion (spec §2): the share of the eventual adopters who have adopted by the end of period t. */
export function bassShare(p: number, q: number, t: number): number {
  const decay = Math.exp(-(p + q) * t);
  return (1 - decay) / (1 + (q / p) * decay);
}
