// Generated test corpora: news-like reports from word lists of our own.
// Articles from word lists, each different, none copied from anywhere.
export function generateCorpus(count, { seed = 7, paragraphs = 3 } = {}) {
  let state = seed;
  const next = (n) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
  const towns = ['Vila Seca', 'Port Alvor', 'Santa Brígida', 'Łódź', 'Kraków', 'São Tomé', 'Ørsted Bay', 'Zürich'];
  const people = ['Ana Lobo', 'Mr Abreu', 'Dr Nakamura', 'Ms Ødegaard', 'José Muñoz', 'the mayor', 'a spokesman'];
  const things = ['the ferry timetable', 'a new pier', 'night shifts', 'the harbour budget', 'bus fares', 'flood defences'];
  const lines = [];
  for (let i = 0; i < count; i++) {
    const body = [];
    for (let p = 0; p < paragraphs; p++) {
      const who = people[next(people.length)], where = towns[next(towns.length)], what = things[next(things.length)];
      body.push(`${who} spoke in ${where} about ${what} on day ${i + 1}. “We will decide within ${2 + next(20)} days,” ${who} said, as ${next(900) + 100} residents waited.`);
    }
    const text = `Report ${i + 1}: ${towns[i % towns.length]}\n\n` + body.join('\n\n');
    lines.push(JSON.stringify({ format: 'spanmark', version: 1, document: { id: `report-${String(i + 1).padStart(3, '0')}`, text, meta: {} }, spans: [], relations: [] }));
  }
  return lines.join('\n') + '\n';
}

