/** Title abbreviations and the words they stand for, so "Former Florida Gov." is "the former Florida governor". */
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'], ['sen.', 'senator'], ['rep.', 'representative'], ['gen.', 'general'], ['lt.', 'lieutenant'],
  ['col.', 'colonel'], ['maj.', 'major'], ['capt.', 'captain'], ['adm.', 'admiral'], ['sgt.', 'sergeant'],
  ['pres.', 'president'], ['sec.', 'secretary'], ['atty.', 'attorney'], ['amb.', 'ambassador'], ['supt.', 'superintendent'],
  ['rev.', 'reverend'], ['prof.', 'professor'], ['dr.', 'doctor'], ['cmdr.', 'commander'], ['dept.', 'department'],
]);
