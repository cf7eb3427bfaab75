import { dateTable } from './dateTable';

/** A weekday's morning, afternoon or evening is a TIME of that day, as "this evening" is of today. */
dateTable('dates: a part of a named weekday', [
  { text: 'The delegation arrived on Wednesday evening.', expect: [['Wednesday evening', 'TIME', '2025-05-14TEV']] },
  { text: 'The board met last Monday morning.', expect: [['last Monday morning', 'TIME', '2025-05-12TMO']] },
  { text: 'Talks resumed Tuesday afternoon.', expect: [['Tuesday afternoon', 'TIME', '2025-05-13TAF']] },
  { text: 'Crowds gathered yesterday evening from 6 p.m.', expect: [['yesterday evening from 6 p.m.', 'TIME', '2025-05-14T18:00']] },
  // negative rows: a recurring part, a clock time that is more exact, and "night", annotated as the day
  { text: 'The club meets on Saturday mornings.', expect: [['Saturday mornings', 'SET', 'XXXX-WXX-6TMO']] },
  { text: 'They met Tuesday morning at 9 a.m.', expect: [['Tuesday morning at 9 a.m.', 'TIME', '2025-05-13T09:00']] },
  { text: 'The minister spoke on Wednesday night.', expect: [['Wednesday night', 'DATE', '2025-05-14']] },
]);

/** "overnight" after an evening the story names is the night that follows it, and so are its small hours. */
dateTable('dates: the night after a named evening', [
  {
    text: 'The delegation arrived on Wednesday evening.\n\nShelling continued overnight, and two people were killed at around 3 a.m.',
    expect: [['Wednesday evening', 'TIME', '2025-05-14TEV'], ['overnight', 'TIME', '2025-05-14TNI'], ['3 a.m.', 'TIME', '2025-05-15T03:00']],
  },
  // negative rows: with no evening named, "overnight" is the night before the day
  { text: 'Shelling continued overnight.', expect: [['overnight', 'TIME', '2025-05-14TNI']] },
  { text: 'The delegation arrived on Wednesday.\n\nShelling continued overnight.', expect: [['Wednesday', 'DATE', '2025-05-14'], ['overnight', 'TIME', '2025-05-13TNI']] },
  { text: 'The delegation arrived on Wednesday evening. The night before, rebels had shelled the port.', expect: [['Wednesday evening', 'TIME', '2025-05-14TEV'], ['The night before', 'TIME', '2025-05-13TNI']] },
]);
