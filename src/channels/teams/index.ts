/** The public face of channels/teams/: what other folders may import from it. */
export { createTeamsAgent } from './create-teams-agent.ts';
