import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * An independent count of the registration fixture, for checking the assistant's answers: the CSV
 * read with a plain split (not the project's parser) into its own SQLite table, counted with SQL
 * written here. Residential = productcategorie 37, 38, 43, 44; verblijf adds 35 and 36.
 */
export function independentCounts(csvPath: string) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (client TEXT, gemeente TEXT, cat TEXT, begin TEXT, eind TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
  const iso = (text: string): string | null => {
    if (text === '') return null;
    const dutch = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
    return dutch ? `${dutch[3]}-${dutch[2]}-${dutch[1]}` : text;
  };
  const [, ...lines] = readFileSync(csvPath, 'utf8').trim().split('\n');
  for (const line of lines) {
    const cells = line.split(';');
    insert.run(cells[0], cells[1], cells[2], iso(cells[5]!), iso(cells[6]!));
  }
  const clients = db.prepare(`
    SELECT COUNT(DISTINCT client) AS n FROM t
     WHERE cat IN (SELECT value FROM json_each(@cats))
       AND begin <= @to AND (eind IS NULL OR eind >= @from)
       AND (@gemeenten IS NULL OR gemeente IN (SELECT value FROM json_each(@gemeenten)))`);
  return {
    /** Distinct clients with an allocation in the categories overlapping [from, to], optionally in some gemeenten. */
    count({ from, to, gemeenten, verblijf = false }: { from: string; to: string; gemeenten?: string[]; verblijf?: boolean }): number {
      const cats = verblijf ? ['35', '36', '37', '38', '43', '44'] : ['37', '38', '43', '44'];
      return (clients.get({ from, to, cats: JSON.stringify(cats), gemeenten: gemeenten ? JSON.stringify(gemeenten) : null }) as { n: number }).n;
    },
    rowCount: lines.length,
    gemeenten: (db.prepare('SELECT DISTINCT gemeente FROM t ORDER BY gemeente').all() as { gemeente: string }[]).map((row) => row.gemeente),
    /** Client ids that occur with more than one gemeentecode. */
    clientsInSeveralGemeenten: (db.prepare('SELECT client FROM t GROUP BY client HAVING COUNT(DISTINCT gemeente) > 1').all() as { client: string }[]).map((row) => row.client),
    close: () => db.close(),
  };
}

export const QUARTERS_2025 = [
  { key: '2025-K1', en: '2025-Q1', from: '2025-01-01', to: '2025-03-31' },
  { key: '2025-K2', en: '2025-Q2', from: '2025-04-01', to: '2025-06-30' },
  { key: '2025-K3', en: '2025-Q3', from: '2025-07-01', to: '2025-09-30' },
  { key: '2025-K4', en: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
];

export function monthsOf(year: number): { key: string; from: string; to: string }[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = String(index + 1).padStart(2, '0');
    const last = new Date(Date.UTC(year, index + 1, 0)).toISOString().slice(0, 10);
    return { key: `${year}-${month}`, from: `${year}-${month}-01`, to: last };
  });
}
