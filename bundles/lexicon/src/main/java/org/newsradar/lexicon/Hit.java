package org.newsradar.lexicon;

import org.newsradar.api.model.Evidence;

/**
 * One match of a cue in a story.
 *
 * @param cue          the lexicon entry that matched
 * @param field        {@link Evidence#TITLE} or {@link Evidence#BODY}
 * @param start        offset of the match in that field
 * @param end          offset just past the match
 * @param text         the matched text as written
 * @param contribution what the match added to (a cue) or took from (a negative cue) the score sum
 */
public record Hit(Cue cue, String field, int start, int end, String text, double contribution) {
	boolean overlaps(Hit other) {
		return field.equals(other.field) && start < other.end && other.start < end;
	}

	Hit weighed(double contribution) {
		return new Hit(cue, field, start, end, text, contribution);
	}

	public Evidence evidence() {
		return new Evidence(text, field, start, end);
	}
}
