/** Teams' limit for one bot message: 100 KB, counted as below. */
export const TEAMS_MESSAGE_LIMIT_BYTES = 100_000;

const DATA_URI_IMAGE = /data:image\/[a-z+.-]+;base64,[A-Za-z0-9+/=]*/g;

/**
 * The size of a message part as Teams counts it against its 100 KB limit: the JSON encoded as UTF-16
 * (two bytes per code unit), without Base64-encoded images ("Format your bot messages").
 */
export function teamsPayloadBytes(value: unknown): number {
  return JSON.stringify(value).replace(DATA_URI_IMAGE, '').length * 2;
}
