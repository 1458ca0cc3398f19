import { Activity } from '@microsoft/agents-activity';

/** The fields of an activity to send; its type is required. */
export type ActivityFields = Partial<Activity> & { type: string };

/**
 * An Activity to send, built without validating it here: the SDK validates every activity it
 * sends (`TurnContext.sendActivities` parses each with `Activity.fromObject`), and parsing a
 * reply with its citations and cards twice costs measurable time per turn.
 */
export function outgoingActivity(fields: ActivityFields): Activity {
  return Object.assign(new Activity(fields.type), fields);
}
