import { dateTable } from './dateTable';

// story units: months, weeks, seasons and counted stretches told from the last date the story resolved (storyUnits, anchorStoryUnits)
dateTable('dates told from the story\'s last date (storyUnits, anchorStoryUnits)', [
  // from a day the story named
  { text: "The Orlen dam failed on 6 March 2019. The following month, an inquiry opened.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The following month', 'DATE', '2019-04']] },
  { text: "The Orlen dam failed on 6 March 2019. Later that month, an inquiry opened.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Later that month', 'DATE', '2019-03']] },
  { text: "The Orlen dam failed on 6 March 2019. That week, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['That week', 'DATE', '2019-W10']] },
  { text: "The Orlen dam failed on 6 March 2019. The same week, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The same week', 'DATE', '2019-W10']] },
  { text: "The Orlen dam failed on 6 March 2019. The following week, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The following week', 'DATE', '2019-W11']] },
  { text: "The Orlen dam failed on 6 March 2019. The previous month, engineers had warned of cracks.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The previous month', 'DATE', '2019-02']] },
  { text: "The Orlen dam failed on 6 March 2019. Two days later, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Two days later', 'DATE', '2019-03-08']] },
  { text: "The Orlen dam failed on 6 March 2019. Three weeks later, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Three weeks later', 'DATE', '2019-W13']] },
  { text: "The Orlen dam failed on 6 March 2019. A month later, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['A month later', 'DATE', '2019-04']] },
  { text: "The Orlen dam failed on 6 March 2019. That spring, the valley flooded twice.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['That spring', 'DATE', '2019-SP']] },
  { text: "The Orlen dam failed on 6 March 2019. The following spring, the valley flooded again.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The following spring', 'DATE', '2020-SP']] },
  { text: "The Orlen dam failed on 20 January 2019. That winter was the wettest on record.", expect: [['20 January 2019', 'DATE', '2019-01-20'], ['That winter', 'DATE', '2018-WI']] },
  { text: "The Orlen dam failed on 6 March 2019. The previous winter had been dry.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The previous winter', 'DATE', '2018-WI']] },
  // from a coarser date: a year holds its spring; a year after a day holds that day
  { text: "The Orlen dam failed in 2019. That spring, the valley flooded twice.", expect: [['2019', 'DATE', '2019'], ['That spring', 'DATE', '2019-SP']] },
  { text: "The Orlen dam failed on 6 March 2019. The following month, an inquiry opened. Later that month, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The following month', 'DATE', '2019-04'], ['Later that month', 'DATE', '2019-04']] },
  { text: "The Orlen dam failed on 6 March 2019, the worst flood of 2019. Later that week, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['2019', 'DATE', '2019'], ['Later that week', 'DATE', '2019-W10']] },
  // a weekday told after a counted stretch is the one the stretch reaches from the story's day
  { text: "The Orlen dam failed on 6 March 2019. Two weeks later, on Tuesday, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Two weeks', 'DURATION', 'P2W'], ['Tuesday', 'DATE', '2019-03-19']] },
  { text: "The Orlen dam failed on Monday, 4 March 2019. Two days later, on Wednesday, the mayor resigned.", expect: [['Monday, 4 March 2019', 'DATE', '2019-03-04'], ['Two days', 'DURATION', 'P2D'], ['Wednesday', 'DATE', '2019-03-06']] },
  { text: "The Orlen dam failed on 6 March 2019. A week later, on Friday, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['A week', 'DURATION', 'P1W'], ['Friday', 'DATE', '2019-03-15']] },
  // a weekday after "the following", "the next" or "the previous" counts from the story's day, or the dateline's
  { text: "The Orlen dam failed on 6 March 2019. The following Sunday, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Sunday', 'DATE', '2019-03-10']] },
  { text: "The Orlen dam failed on 6 March 2019. The next Sunday, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['next Sunday', 'DATE', '2019-03-10']] },
  { text: "The Orlen dam failed on 6 March 2019. The previous Sunday, engineers had warned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Sunday', 'DATE', '2019-03-03']] },
  { text: "Turnout peaked the previous Thursday, officials said.", expect: [['Thursday', 'DATE', '2025-05-08']] },
  { text: "The Orlen dam failed on 6 March 2019. On Sunday, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Sunday', 'DATE', '2025-05-11']] }, // a bare weekday: the dateline's week
  { text: "The Orlen dam failed on 6 March 2019. The inquiry reports next Sunday.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['next Sunday', 'DATE', '2025-05-18']] }, // no "the": the dateline's next
  // a week told from the dateline is the story's week too
  { text: "The Orlen dam failed last week. That week, the mayor resigned.", expect: [['last week', 'DATE', '2025-W19'], ['That week', 'DATE', '2025-W19']] },
  // no date before: a shifted unit counts from the dateline, TimeML's default anchor; "that month" stays a placeholder
  { text: "The following month, an inquiry opened.", expect: [['The following month', 'DATE', '2025-06']] },
  { text: "Later that month, an inquiry opened.", expect: [['Later that month', 'DATE', 'XXXX-XX']] },
  // negatives: not from the story, or no anchored date
  { text: "The Orlen dam failed on 6 March 2019. Next month, the inquiry reports.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Next month', 'DATE', '2025-06']] }, // no "the": the dateline's next month
  { text: "The Orlen dam failed on 6 March 2019. Over the following three months, the inquiry met.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['the following three months', 'DURATION', 'P3M']] }, // a stretch, not a month
  { text: "The Orlen dam was finished two days later than planned.", expect: [['two days', 'DURATION', 'P2D']] }, // compares, names no day
  { text: "Takings in April fell short of the same month last year.", expect: [['April', 'DATE', '2025-04'], ['last year', 'DATE', '2024']] }, // the year after it tells which month
  { text: "Engineers warned that spring floods would come.", expect: [] }, // "that" opens a clause: no season
  { text: "Shares that fall sharply rarely recover.", expect: [] }, // a verb, not the season
  { text: "The Orlen dam failed on 6 March 2019. A day earlier, engineers had warned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['A day earlier', 'DURATION', 'P1D']] }, // a stretch, as news annotation marks it
  { text: "The council set a ballot for May 2021, barely five weeks later.", expect: [['May 2021', 'DATE', '2021-05'], ['barely five weeks', 'DURATION', 'P5W']] }, // restates the date just named
  { text: "The Orlen dam failed on 6 March 2019. Two weeks later, on 20 March, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Two weeks', 'DURATION', 'P2W'], ['20 March', 'DATE', '2019-03-20']] }, // the date after it says which day, in the story's year
  { text: "The Orlen dam failed on 20 December 2019. Two weeks later, on 3 January, the mayor resigned.", expect: [['20 December 2019', 'DATE', '2019-12-20'], ['Two weeks', 'DURATION', 'P2W'], ['3 January', 'DATE', '2020-01-03']] }, // across New Year
  { text: "The Orlen dam failed on 6 March 2019. Three days earlier, on 3 March, engineers warned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Three days earlier', 'DURATION', 'P3D'], ['3 March', 'DATE', '2019-03-03']] },
  { text: "The Orlen dam failed in March 2019. A month later, in April, the mayor resigned.", expect: [['March 2019', 'DATE', '2019-03'], ['A month', 'DURATION', 'P1M'], ['April', 'DATE', '2019-04']] },
  { text: "The Orlen dam failed on 6 March 2019. Last week, on 20 March, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['Last week', 'DATE', '2025-W19'], ['20 March', 'DATE', '2025-03-20']] }, // told from the dateline
  { text: "Two weeks later, on Tuesday, the mayor resigned.", expect: [['Two weeks', 'DURATION', 'P2W'], ['Tuesday', 'DATE', '2025-05-13']] }, // no story day: the dateline's week
  { text: "The Orlen dam failed in March 2019. Two weeks later, on Tuesday, the mayor resigned.", expect: [['March 2019', 'DATE', '2019-03'], ['Two weeks', 'DURATION', 'P2W'], ['Tuesday', 'DATE', '2025-05-13']] }, // a month tells no week
  { text: "The Orlen dam failed in March 2019. Two weeks later, the mayor resigned.", expect: [['March 2019', 'DATE', '2019-03'], ['Two weeks', 'DURATION', 'P2W']] }, // a month tells no week
  { text: "The Orlen dam failed on 6 March 2019. Days later, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06']] }, // no count
  { text: "The Orlen dam failed on 6 March 2019. The following day, the mayor resigned.", expect: [['6 March 2019', 'DATE', '2019-03-06'], ['The following day', 'DATE', '2019-03-07']] }, // already anchored by storyDays
]);
