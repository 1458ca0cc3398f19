import { describe, expect, it } from 'vitest';
import { questionShape } from '../../../src/answering/extractive/question-shape.ts';

describe('questionShape', () => {
  it('lays out "should we…?" questions as considerations to weigh', () => {
    expect(questionShape('Moeten wij overstappen op taakgericht bekostigen?')).toBe('decision');
    expect(questionShape('Should we switch to task-based funding?')).toBe('decision');
    expect(questionShape('What should we arrange before switching to a lump sum?')).toBe('decision');
    expect(questionShape('Is het verstandig om een lumpsum af te spreken?')).toBe('decision');
  });

  it('weighs considerations when the asker says they are considering something', () => {
    expect(questionShape('Wij overwegen een lumpsum voor ambulante jeugdhulp; waar moeten we op letten?')).toBe('decision');
    expect(questionShape('We are considering a lump sum for outpatient youth care; what should we watch out for?')).toBe('decision');
    expect(questionShape('Welke gemeenten overwegen een lumpsum?')).toBe('explanation');
  });

  it('answers a why-question with reasons, even when it names a switch', () => {
    expect(questionShape('Why did Amsterdam switch to task-based procurement?')).toBe('explanation');
    expect(questionShape('Waarom stapte Utrecht over op taakgericht werken?')).toBe('explanation');
    expect(questionShape('How come Utrecht switched to task-based working?')).toBe('explanation');
  });

  it('answers a question for one fact (how long, how many, when, who) plainly, even when it names a switch', () => {
    expect(questionShape('How long could families stay with their existing organisation after the switch to KOOS and Spoor030?')).toBe('explanation');
    expect(questionShape('Wanneer stapte Utrecht over op taakgericht werken?')).toBe('explanation');
    expect(questionShape('Wie besloot over te stappen op een lumpsum?')).toBe('explanation');
    expect(questionShape('Moeten wij overstappen op taakgericht bekostigen?')).toBe('decision');
  });

  it('asks for a fact after an opening clause that names a switch', () => {
    expect(questionShape('Before switching to open house procurement, how many contracts did the five municipalities have?')).toBe('explanation');
    expect(questionShape('Before switching to a lump sum, what should we arrange?')).toBe('decision');
  });

  it('explains plain questions', () => {
    expect(questionShape('Wat is taakgerichte bekostiging?')).toBe('explanation');
  });
});
