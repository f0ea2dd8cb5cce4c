/**
 * Linguist's path rules (data in linguist/data.ts, copied from github-linguist/linguist), as pure
 * functions of a path relative to the analyzed directory. Each list is compiled once, at load.
 * `.gitattributes` can overrule every one of them; git-attributes.ts combines the two.
 */
import { DOCUMENTATION_RULES, GENERATED_NAME_RULES, VENDOR_RULES, type LinguistRule } from './linguist/data.js';
import { DOCUMENTATION_FILES_LABEL, narrowedVendorRules } from './linguist/narrowings.js';
import { RuleSet } from './linguist/rule-set.js';

const VENDOR = new RuleSet(narrowedVendorRules(VENDOR_RULES));
const DOCUMENTATION = new RuleSet(DOCUMENTATION_RULES.filter((rule) => rule.label !== DOCUMENTATION_FILES_LABEL));
const GENERATED_BY_NAME = new RuleSet(GENERATED_NAME_RULES);

/** Third-party code by Linguist's vendor.yml: node_modules/, vendor/, dist/, jquery-1.9.1.js, *.min.js… */
export function isVendored(path: string): boolean {
  return VENDOR.test(path);
}

/** Documentation or example code by documentation.yml: docs/, Documentation/, examples/, samples/, demos/… at the root. */
export function isDocumentation(path: string): boolean {
  return DOCUMENTATION.test(path);
}

/** Generated code that generated.rb tells by its name alone: __generated__/, .pnp.cjs, Pods/… */
export function isGeneratedByName(path: string): boolean {
  return GENERATED_BY_NAME.test(path);
}

/** The vendor.yml rule that makes the path vendored, for the warning that says why; null when none does. */
export function vendorRule(path: string): LinguistRule | null {
  return VENDOR.match(path);
}

/** The generated.rb name rule that makes the path generated (its label is the method); null when none does. */
export function generatedNameRule(path: string): LinguistRule | null {
  return GENERATED_BY_NAME.match(path);
}
