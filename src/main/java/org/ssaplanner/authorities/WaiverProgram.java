package org.ssaplanner.authorities;

/** A program that has waivers or exception claims: its title and how many (of any status). */
public record WaiverProgram(long programId, String title, long waivers) {
}
