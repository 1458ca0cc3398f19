/** Builds incoming Activities as Teams (and the Agents Playground) send them. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `act-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://localhost:9/_connector',
    from: { id: 'user-1', name: 'Beleidsadviseur', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    recipient: { id: 'bot-1', name: 'Stelselwijzer' },
    conversation: { id: 'conv-1', conversationType: 'personal' },
    text,
    textFormat: 'plain',
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

export function membersAddedActivity(memberIds: string[]): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: 'http://localhost:9/_connector',
    from: { id: 'user-1' },
    recipient: { id: 'bot-1', name: 'Stelselwijzer' },
    conversation: { id: 'conv-1', conversationType: 'personal' },
    membersAdded: memberIds.map((id) => ({ id })),
    deliveryMode: 'expectReplies',
  };
}

export interface ReplyActivity {
  type: string;
  text?: string;
  entities?: Array<Record<string, unknown>>;
  suggestedActions?: { actions: Array<{ type: string; title: string; value: string }> };
}

export async function postActivity(baseUrl: string, activity: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}

export function messagesOf(body: unknown): ReplyActivity[] {
  const activities = (body as { activities?: ReplyActivity[] })?.activities ?? [];
  return activities.filter((a) => a.type === 'message');
}
