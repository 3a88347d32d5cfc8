export { clamp, roundPercent, tidyPoints } from './round';
export { answerProblems, maxPointsOf, outcomeOf, scoreEvaluation, unansweredItems, type ItemOutcome } from './score';
export { validateForPublishing } from './validate';
