import type { PlaygroundStartup } from './playground-startup.ts';

/** The command that starts the Agents Playground by hand against the bot. */
export function playgroundCommand({ botPort, port }: { botPort: number; port: number }): string {
  return `npx agentsplayground -e http://localhost:${botPort}/api/messages -c msteams -p ${port}`;
}

/** Console text for a playground start-up that did not end in a listening playground (Dutch, like the other start-up lines). */
export function describePlaygroundStartup(outcome: Exclude<PlaygroundStartup, { kind: 'ready' }>, ports: { botPort: number; port: number }): string {
  const reason = outcome.kind === 'exited'
    ? `De Agents Playground is tijdens het opstarten gestopt (${outcome.code !== null ? `exitcode ${outcome.code}` : `signaal ${outcome.signal ?? 'onbekend'}`}).`
    : `De Agents Playground luistert na het opstarten nog niet op poort ${ports.port}.`;
  const output = outcome.lastLines.length > 0
    ? `Laatste uitvoer van de Playground:\n${outcome.lastLines.map((line) => `  | ${line}`).join('\n')}`
    : 'De Playground schreef niets.';
  const byHand = [
    'De bot zelf draait wel. Start de Playground met de hand in een tweede terminal:',
    `  ${playgroundCommand(ports)}`,
    'of zet PLAYGROUND=off en gebruik een andere client.',
  ].join('\n');
  return `${reason}\n${output}\n${byHand}`;
}
