import { ASSISTANT_TOOL_NAMES } from '../../answering/data/index.ts';

export const USAGE = `Stelselwijzer — assistent voor sturing en bekostiging in het sociaal domein

Gebruik / usage:
  stelselwijzer ingest <map> [--index <map>] [--rebuild]
      Bouw of werk een index bij uit de documenten in <map> (Markdown, tekst, HTML, PDF, DOCX).
  stelselwijzer ask "<vraag>" [--index <map>] [--json] [--type <type>] [--gemeente <naam>]
      Beantwoord één vraag; --type (casus, advies, onderzoek, regelgeving, begrip) en --gemeente
      beperken de bronnen (herhaalbaar).
  stelselwijzer ask --batch <bestand> [--index <map>] --json
      Eén vraag per regel in, één JSON-object per regel uit (JSONL).
  stelselwijzer tool <naam> --input '<json>'
      Voer een tool direct uit (${ASSISTANT_TOOL_NAMES.join(', ')}) en toon de JSON-uitvoer.
  stelselwijzer import-registrations <bestand.csv>
      Importeer toewijzingen (eigen registratie) in REGISTRATIONS_FILE, anders
      DATA_DIR/registrations.sqlite; alles of niets.

Via npm: npm run cli -- ask "Wat is taakgerichte bekostiging?"
Zonder --index: de index in INDEX_DIR (vooraf gebouwd, alleen gelezen), anders DATA_DIR/index,
zo nodig eerst gebouwd uit knowledge/.`;
