/**
 * Compliance: evaluates every restriction against every program and keeps the findings; human-rights
 * (Leahy) records of partner units; the waiver pressure report. Programs are seen only through the
 * {@link org.ssaplanner.compliance.ProgramFactsSource} SPI.
 */
package org.ssaplanner.compliance;
