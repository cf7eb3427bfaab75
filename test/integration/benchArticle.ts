const PARAGRAPHS = [
  'The Minister of Water, Maria Keller, told reporters on Tuesday that the budget would grow by 12 percent next year.',
  '"We will spend 40 million euros on new pipes by 2026," she said.',
  '"Prices for steel have risen by 8 percent since January," Keller said.',
  'Officials expect the works to start in May, two months later than planned.',
  'According to the regional council, about 3,500 households still rely on wells, and "many of them will wait another decade," a spokesman said.',
];

/** An article of about `bytes` characters: a dateline, then the paragraphs repeated. */
export function benchArticle(bytes: number): string {
  const parts = ['date 2024-03-05 Ministers agree to raise the water budget', ''];
  let length = parts[0].length + 1;
  for (let i = 0; length < bytes; i++) {
    const paragraph = PARAGRAPHS[i % PARAGRAPHS.length];
    parts.push(paragraph, '');
    length += paragraph.length + 2;
  }
  return parts.join('\n');
}
