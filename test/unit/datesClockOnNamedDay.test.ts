import { dateTable } from './dateTable';

// The article is dated Thursday 2025-05-15: Saturday is 2025-05-17, next Thursday 2025-05-22.
dateTable('a clock time takes the day its sentence named just before it, even one ahead', [
  { text: 'Members will rally on Saturday, starting at 11 a.m.', expect: [['Saturday', 'DATE', '2025-05-17'], ['11 a.m.', 'TIME', '2025-05-17T11:00']] },
  { text: 'The committee meets next Thursday and announces its decision at noon.', expect: [['next Thursday', 'DATE', '2025-05-22'], ['noon', 'TIME', '2025-05-22T12:00']] },
  { text: 'The board meets on Monday, and on Friday the chair speaks at 9 a.m.', expect: [['Monday', 'DATE', '2025-05-12'], ['Friday', 'DATE', '2025-05-16'], ['9 a.m.', 'TIME', '2025-05-16T09:00']] },
  { text: 'Staff will walk out on Saturday, with pickets from 7.30, the union said.', expect: [['Saturday', 'DATE', '2025-05-17'], ['7.30', 'TIME', '2025-05-17T07:30']] },
  // negative rows: a clock time before the day, in another sentence, told in the past, or outside the part of the day named
  { text: 'At 9 a.m. the union said members will rally on Saturday.', expect: [['9 a.m.', 'TIME', '2025-05-15T09:00'], ['Saturday', 'DATE', '2025-05-17']] },
  { text: 'Members will rally on Saturday. Police closed the roads at 6 a.m.', expect: [['Saturday', 'DATE', '2025-05-17'], ['6 a.m.', 'TIME', '2025-05-15T06:00']] },
  { text: 'The rally will go ahead on Saturday, the union announced at 9 a.m.', expect: [['Saturday', 'DATE', '2025-05-17'], ['9 a.m.', 'TIME', '2025-05-15T09:00']] },
  { text: 'To be ready for the vote on Saturday night, the stewards will leave at 2 p.m.', expect: [['Saturday night', 'DATE', '2025-05-17'], ['2 p.m.', 'TIME', '2025-05-15T14:00']] },
  { text: 'The union met on Tuesday and the vote closed at 5 p.m.', expect: [['Tuesday', 'DATE', '2025-05-13'], ['5 p.m.', 'TIME', '2025-05-13T17:00']] },
]);
