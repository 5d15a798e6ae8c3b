package org.newsradar.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.newsradar.ingest.common.LineRules;

/**
 * Joins again the paragraphs of a dump that was wrapped at a fixed width, as browsers' and text browsers'
 * "save as text" and mail programs do: every line of such a paragraph but its last was broken because
 * the next word did not fit. Without this every line would be judged alone, and a line that stops
 * mid-sentence reads as no prose at all.
 */
final class LineWrap {
	/** Narrowest and widest wrap (in columns) told apart from a page of short lines: tools wrap at 72 to 80. */
	private static final int NARROWEST = 56;
	private static final int WIDEST = 100;
	/** Lines that stop mid-sentence and go on a page needs before it is read as wrapped. */
	private static final int MIN_WRAPS = 3;
	/** Longer words (in columns) are link addresses, which are not wrapped: their lines do not set the width. */
	private static final int LONGEST_WORD = 30;

	private LineWrap() {
	}

	/**
	 * @return true when a line is wider than any wrap and holds words (a link's address may be wide, but is
	 *         one word): the page was not wrapped. Settled at the first such line, most often the article's first paragraph.
	 */
	static boolean holdsLongLine(List<String> lines) {
		for (String line : lines) {
			// a line takes at most two columns a character and at least one: only some need counting
			if (line.length() > WIDEST || 2 * line.length() > WIDEST && columns(line, 0, line.length()) > WIDEST) {
				if (line.indexOf(' ', LONGEST_WORD) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @param lines a page's lines, blank ones as empty strings
	 * @return the lines with each wrapped paragraph joined into one, or the lines given when the page was not wrapped
	 */
	static List<String> unwrapped(List<String> lines) {
		int n = lines.size();
		int[] columns = new int[n];
		int width = 0;
		for (int i = 0; i < n; i++) {
			String line = lines.get(i);
			columns[i] = columns(line, 0, line.length());
			if (longestWord(line) <= LONGEST_WORD) {
				width = Math.max(width, columns[i]);
			}
		}
		if (width < NARROWEST || width > WIDEST) {
			return lines;
		}
		boolean[] goesOn = new boolean[n];
		int wraps = 0;
		for (int i = 0; i + 1 < n; i++) {
			String next = lines.get(i + 1);
			int firstWordEnd = next.indexOf(' ');
			// a line was broken there when the next line's first word would not have fitted after it
			if (columns[i] > 0 && !next.isEmpty() && columns[i] + 1 + columns(next, 0, firstWordEnd < 0 ? next.length() : firstWordEnd) > width) {
				goesOn[i] = true;
				if (!LineRules.endsLikeSentence(lines.get(i))) {
					wraps++;
				}
			}
		}
		if (wraps < MIN_WRAPS) {
			return lines;
		}
		List<String> joined = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (int i = 0; i < n; i++) {
			paragraph.append(paragraph.length() > 0 ? " " : "").append(lines.get(i));
			if (!goesOn[i]) {
				joined.add(paragraph.toString());
				paragraph.setLength(0);
			}
		}
		return joined;
	}

	/** @return the columns the text takes in a fixed-width font: two for wide (Hangul, CJK, kana, fullwidth) characters */
	static int columns(String text, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			n += isWide(text.charAt(i)) ? 2 : 1;
		}
		return n;
	}

	private static boolean isWide(char c) {
		return c >= '\u1100' && c <= '\u115f' || c >= '\u2e80' && c <= '\ua4cf' || c >= '\uac00' && c <= '\ud7a3' || c >= '\uf900' && c <= '\ufaff'
			|| c >= '\ufe30' && c <= '\ufe4f' || c >= '\uff00' && c <= '\uff60' || c >= '\uffe0' && c <= '\uffe6';
	}

	private static int longestWord(String line) {
		int longest = 0;
		int start = 0;
		for (int i = 0; i <= line.length(); i++) {
			if (i == line.length() || line.charAt(i) == ' ') {
				longest = Math.max(longest, columns(line, start, i));
				start = i + 1;
			}
		}
		return longest;
	}
}
