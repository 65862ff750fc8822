import type { Plan } from "../plan.js";

/**
 * A value computed once per plan (its phases, its targets, its prose): rules, stats and render ask for
 * the same plan's value many times, one plan after another. One slot rather than a WeakMap: V8 keeps
 * WeakMap entries alive through young-generation collections, and validating 1 000 files then
 * promoted ~90 KB a plan into the old generation (measured with --trace-gc, issue 14).
 */
export function perPlan<T>(compute: (plan: Plan) => T): (plan: Plan) => T {
  let lastPlan: Plan | undefined;
  let lastValue: T | undefined;
  return (plan) => {
    if (plan !== lastPlan) {
      lastValue = compute(plan);
      lastPlan = plan;
    }
    return lastValue as T;
  };
}
