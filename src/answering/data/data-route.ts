import type { Period } from '../../lib/dutch/index.ts';

/** A data question routed to tool N, with the input read from the question. */
export interface ToolRoute<N extends string = string, I = unknown> {
  kind: 'tool';
  tool: N;
  input: I;
  /** The period the question named (or "dit jaar" when it named none), to fall back to the latest data. */
  period?: Period;
  /** true when the question named no period and the router chose one; the answer says so. */
  periodAssumed?: boolean;
  /** Input fields filled only to satisfy the schema; answers leave out figures that depend on them. */
  unstatedInputs?: string[];
  /** query_registrations: why the figure covers the gemeenten it covers; the answer says so. */
  registrationScope?: RegistrationScope;
  /** query_registrations: a development over time ("hoe ontwikkelt …"), answered as a series with the year before. */
  trend?: boolean;
}

/**
 * named: the question named gemeenten of the registration; own-gemeente: "we" is OWN_GEMEENTE;
 * whole-registration: "we" over every gemeente in the registration.
 */
export type RegistrationScope = 'named' | 'own-gemeente' | 'whole-registration';

/** The question is a data question, but something is missing or unclear: ask, do not guess. */
export interface ClarifyRoute<N extends string = string> {
  kind: 'clarify';
  /** The tool the question points at, when known. */
  tool?: N;
  message: string;
}

/** What one tool's routing rules make of a question; undefined: not a question for this tool. */
export type RouteOf<N extends string, I> = ToolRoute<N, I> | ClarifyRoute<N> | undefined;
