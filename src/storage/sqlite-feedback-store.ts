import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { maskPersonalData } from '../lib/masking/index.ts';
import type { AnsweredTurn, FeedbackRecord, FeedbackStore } from './feedback-store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  conversation_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  mode TEXT NOT NULL,
  citations TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, activity_id)
);
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  reaction TEXT NOT NULL CHECK (reaction IN ('like', 'dislike')),
  comment TEXT,
  created_at TEXT NOT NULL
);`;

/** The embedded default: a SQLite file under DATA_DIR (`feedback.sqlite`), durable across restarts. */
export function openSqliteFeedbackStore(options: { file: string; now?: () => Date }): FeedbackStore {
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const now = options.now ?? (() => new Date());
  const insertAnswer = db.prepare(
    'INSERT OR REPLACE INTO answers (conversation_id, activity_id, question, answer, mode, citations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFeedback = db.prepare('INSERT INTO feedback (conversation_id, activity_id, reaction, comment, created_at) VALUES (?, ?, ?, ?, ?)');
  const selectFeedback = db.prepare(`
    SELECT f.conversation_id AS conversationId, f.activity_id AS activityId, f.reaction, f.comment, f.created_at AS createdAt,
           a.question, a.answer
    FROM feedback f LEFT JOIN answers a ON a.conversation_id = f.conversation_id AND a.activity_id = f.activity_id
    ORDER BY f.id`);
  const selectLatestAnswer = db.prepare('SELECT activity_id AS activityId FROM answers WHERE conversation_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1');
  const withoutNulls = (row: Record<string, unknown>): FeedbackRecord =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as unknown as FeedbackRecord;

  return {
    async recordAnswer(turn: AnsweredTurn) {
      insertAnswer.run(turn.conversationId, turn.activityId, maskPersonalData(turn.question), maskPersonalData(turn.answer), turn.mode, JSON.stringify(turn.citations), now().toISOString());
    },
    async recordFeedback({ conversationId, activityId, reaction, comment }) {
      const createdAt = now().toISOString();
      const masked = comment ? maskPersonalData(comment) : undefined;
      insertFeedback.run(conversationId, activityId, reaction, masked ?? null, createdAt);
      const stored = (selectFeedback.all() as Record<string, unknown>[]).map(withoutNulls);
      return stored[stored.length - 1]!;
    },
    async listFeedback() {
      return (selectFeedback.all() as Record<string, unknown>[]).map(withoutNulls);
    },
    async latestAnswerId(conversationId) {
      return (selectLatestAnswer.get(conversationId) as { activityId: string } | undefined)?.activityId;
    },
    close: () => db.close(),
  };
}
