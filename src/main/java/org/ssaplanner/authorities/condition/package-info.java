/**
 * The restriction condition language: a small, documented expression language over program facts
 * (docs/restriction-conditions.md). Parsed by a hand-written recursive-descent parser, validated
 * against the vocabulary, evaluated by the compliance module against a {@link
 * org.ssaplanner.authorities.condition.ConditionContext}. Public (a named interface) so that the
 * compliance module can evaluate conditions.
 */
@NamedInterface("condition")
package org.ssaplanner.authorities.condition;

import org.springframework.modulith.NamedInterface;
