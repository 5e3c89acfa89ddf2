/** fvbommel/sortorder NaturalLess: digit runs compare as numbers, the rest byte-wise. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  const isDigit = (c: string) => c >= '0' && c <= '9';
  while (i < a.length && j < b.length) {
    const ca = a[i];
    const cb = b[j];
    if (isDigit(ca) && isDigit(cb)) {
      let ia = i;
      while (ia < a.length && a[ia] === '0') ia++;
      let ib = j;
      while (ib < b.length && b[ib] === '0') ib++;
      let ea = ia;
      while (ea < a.length && isDigit(a[ea])) ea++;
      let eb = ib;
      while (eb < b.length && isDigit(b[eb])) eb++;
      const na = a.slice(ia, ea);
      const nb = b.slice(ib, eb);
      if (na.length !== nb.length) return na.length < nb.length;
      if (na !== nb) return na < nb;
      if (ea - i !== eb - j) return ea - i < eb - j;
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) return ca < cb;
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}
