package org.newsradar.facts.korea;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the 시·도 a story is about, and the finest places it names inside them.
 *
 * <p>Every place name is found in one trie scan; each mention is then weighed by where it stands
 * (title, lead, later, last lines) and how it is used: a venue ("서울 코엑스에서 열린"), a
 * company's seat ("서울에 본사를 둔"), a dateline ("광주=기자"), a university or newspaper name
 * (전남대, 부산일보), a person's name (김해진 대표), an item of a list ending in 등, or an
 * example ("부산 센터의 경우") counts little or nothing, and Seoul, where
 * national events are held and companies sit, needs more than a passing mention. A 시·도 whose
 * mentions weigh enough is a region of the story, unless it weighs far less than the main one
 * and is not named beside a stronger one. Romanised names in English stories (Ulsan, North
 * Gyeongsang) are weighed the same way, their use read by {@link EnglishContext}.
 */
final class RegionFinder {
	private static final String SEOUL = "서울특별시";

	private static final double TITLE = 3.0;
	private static final double FIRST_SENTENCE = 2.0;
	private static final double SECOND_SENTENCE = 1.5;
	private static final double BODY = 1.0;
	private static final double LATE_BODY = 0.6;
	/** Where the late part of a story begins, as a share of its sentences. */
	private static final double LATE_FROM = 0.6;
	private static final double VENUE = 0.3;
	/** How far after a place name its 에서 may stand (서울 강남구 역삼동 ○○ 본사에서). */
	private static final int VENUE_REACH = 40;
	/** What stands between a place name and its venue in none of them (서울, 코엑스에서 is no venue). */
	private static final String VENUE_STOPS = ",.“”\"";
	private static final double LISTED = 0.4;
	private static final double EXAMPLE = 0.3;
	private static final double SEOUL_FACTOR = 0.4;
	/** The weight a 시·도 needs to be a region of the story. */
	private static final double MIN_SCORE = 0.5;
	/** Below this share of the main 시·도's weight, a 시·도 must be paired with a stronger one. */
	private static final double MINOR_SHARE = 0.15;

	/**
	 * Separators between the items of a list of places: 부산·경남, 부산과 광주, 대구, 인천, and
	 * rankings with a count after each item (경남 800곳, 경북 600곳); in English, Busan, Ulsan and
	 * South Gyeongsang Province, Busan-Ulsan.
	 */
	private static final Pattern LIST_GAP = Pattern.compile(
		"(?:지역|\\s(?:Province|City|County|State))?(?:\\s?\\d[\\d,.]*\\s?[가-힣%]{0,3})?"
			+ "\\s*(?:[,·ㆍ/-]|와|과|및|\\s|,?\\s(?:and|or|&)\\s)\\s*");
	/** The most syllables and letters a {@link #LIST_GAP} holds: " Province", a count's 3 ("800곳"), " and ". */
	private static final int LIST_GAP_LETTERS = 8 + 3 + 3;
	/** 대구와 전북 등, Daegu, Busan and other cities, Daegu, Busan etc.: a list of examples. */
	private static final Pattern ENDS_LIST = Pattern.compile(
		"[가-힣]{0,3}?\\s?등(?=[\\s의을이은에,·]|$)|,?\\s(?:and\\sother|etc)\\b");
	/** 전남대, 서울대학교, 부산대병원: a university named after a place is not the place. */
	private static final Pattern UNIVERSITY = Pattern.compile("대(?:학|병원|[\\s은는이가의와과를을에도로,·)]|$)");
	private static final Pattern DATELINE = Pattern.compile("\\s?=");
	/** Particles after a place name: 부산의 대표 기업 names no person. */
	private static final String PARTICLES = "은는이가을를의에와과도로만";
	/** What makes a name a town: 읍, 면, 동, 리. */
	private static final String TOWN_SUFFIXES = "읍면동리";
	/** What {@code \\s} matches in a pattern. */
	private static final String REGEX_SPACE = " \t\n\u000B\f\r";

	private final Gazetteer gazetteer;
	private final Pattern media;
	/** The first characters of the media suffixes (일보, 신문, MBC…), of the aside words (에 본사를 둔, 소재, 출신). */
	private final String mediaStarts;
	private final String asideStarts;
	/** 서울 코엑스에서: a venue noun, then 에서. */
	private final Pattern venueNounThenEseo;
	private final String venueNounStarts;
	/** 부산에서 열린, 서울에서 투자협약을: 에서, then an event. */
	private final Pattern eseoThenEvent;
	/** 서울서 투자협약: 서 for 에서, then an event. */
	private final Pattern contractedVenue;
	/** 서울 IT기업, (in a title): where a company comes from. */
	private final Pattern companyOrigin;
	private final List<String> exampleMarkers;
	/** Where in each example marker its anchor stands, and the anchors, one per marker. */
	private final int[] exampleAnchorOffsets;
	private final String exampleAnchors;
	private final Pattern confirms;
	private final Pattern person;
	private final String personTitleStarts;
	private final Pattern aside;
	private final EnglishContext english;

	/** A place name found in the text, with what it names and how much it says about the story. */
	private static final class Mention {
		final int start;
		int end;
		/** The name is romanised (Ulsan), so the English context says how it is used. */
		final boolean romanised;
		List<Place> places;
		final boolean group;
		boolean unconfirmed;
		boolean listed;
		/** A 시·도's name that is also a 시·군's stem in another 시·도 (광주: 경기도 광주시). */
		boolean stemOfADistrictElsewhere;
		/** The name says where a company sits or someone comes from (판교에 본사를 둔), not where the story is. */
		boolean seat;
		/** The name says where an event was held (서울 코엑스에서 열린), or in English any aside. */
		boolean venue;
		double weight;

		Mention(String text, int start, int end, Gazetteer.Entry entry) {
			this.start = start;
			this.end = end;
			this.romanised = Ascii.isLetter(text.charAt(start));
			this.places = entry.places();
			this.group = entry.group();
			this.unconfirmed = entry.needsConfirmation();
		}

		boolean ambiguous() {
			return !group && places.size() > 1;
		}

		void narrow(Place place, int newEnd) {
			places = List.of(place);
			end = newEnd;
			unconfirmed = false;
		}
	}

	/** The regions and places of one story. */
	record Result(List<String> regions, List<String> places) {
	}

	RegionFinder(Gazetteer gazetteer, Cues cues) {
		this.gazetteer = gazetteer;
		this.media = Pattern.compile("[가-힣]{0,2}" + cues.alternation("media-suffix")); // 경남도민일보
		this.mediaStarts = cues.firstChars("media-suffix");
		this.asideStarts = cues.firstChars("aside");
		String eventNoun = cues.alternation("event-noun");
		this.venueNounThenEseo = Pattern.compile(cues.alternation("venue-noun") + "[^\\s,.]{0,6}\\s?에서");
		this.venueNounStarts = cues.firstChars("venue-noun");
		this.eseoThenEvent = Pattern.compile("에서(?:는)?\\s?[^.]{0,30}?" + cues.alternation("event-verb")
			+ "|에서\\s?(?:[^\\s.]{1,10}\\s){0,2}?[^\\s.]{0,6}?" + eventNoun);
		this.contractedVenue = Pattern.compile("서\\s(?:[^\\s.]{1,10}\\s){0,2}?[^\\s.]{0,6}?(?:" + eventNoun + "|"
			+ cues.alternation("event-verb") + ")");
		this.companyOrigin = Pattern.compile("\\s?[A-Za-z0-9가-힣]{0,6}" + cues.alternation("company-noun") + "\\s?,");
		this.exampleMarkers = cues.words("example-marker");
		this.exampleAnchorOffsets = exampleMarkers.stream().mapToInt(RegionFinder::anchorOffset).toArray();
		StringBuilder anchors = new StringBuilder();
		for (int k = 0; k < exampleMarkers.size(); k++) {
			anchors.append(exampleMarkers.get(k).charAt(exampleAnchorOffsets[k]));
		}
		this.exampleAnchors = anchors.toString();
		this.confirms = Pattern.compile("\\s?" + cues.alternation("confirm-suffix"));
		this.personTitleStarts = cues.firstChars("person-title");
		this.person = Pattern.compile("(?![" + PARTICLES + "])[가-힣]\\s" + cues.alternation("person-title")
			+ "(?![가-힣&&[^은는이가을를의에와과도로]])");
		this.aside = Pattern.compile("(?:시|지역)?\\s?" + cues.alternation("aside"));
		this.english = new EnglishContext(cues);
	}

	Result find(String title, String body) {
		String text = title + "\n" + body;
		int bodyStart = title.length() + 1;
		List<Mention> mentions = scan(text);
		confirm(mentions, text);
		readBareNamesAsTheDistrictNamed(mentions, text);
		markLists(mentions, text);
		Sentences sentences = Sentences.of(text, bodyStart);
		boolean[] examples = exampleSentences(text, bodyStart, sentences);
		for (Mention m : mentions) {
			m.weight = weigh(m, text, bodyStart, sentences, examples);
			if (isCompanyOriginInTitle(m, mentions, text, bodyStart)) {
				m.weight *= VENUE;
				m.seat = true;
			}
		}
		extendSeatsToTheNamesBefore(mentions, text);
		Map<String, Double> scores = new LinkedHashMap<>(); // ties keep the order of first mention
		for (Mention m : mentions) {
			if (!m.ambiguous()) {
				for (Place p : m.places) {
					scores.merge(p.province(), m.weight, Double::sum);
				}
			}
		}
		resolveAmbiguous(mentions, scores);
		keepOnlyProvincesNamedBeyondSeats(mentions, scores);
		double top = 0;
		for (double score : scores.values()) {
			top = Math.max(top, score);
		}
		List<Map.Entry<String, Double>> kept = new ArrayList<>();
		for (Map.Entry<String, Double> e : scores.entrySet()) {
			if (e.getValue() >= MIN_SCORE
				&& (e.getValue() >= MINOR_SHARE * top || pairedWithStronger(e.getKey(), mentions, scores, text))) {
				kept.add(e);
			}
		}
		kept.sort(Map.Entry.<String, Double>comparingByValue().reversed()); // stable: ties keep the first mention's order
		List<String> regions = new ArrayList<>(kept.size());
		for (Map.Entry<String, Double> e : kept) {
			regions.add(e.getKey());
		}
		return new Result(regions, places(mentions, regions));
	}

	/**
	 * 경기 성남시 판교에 본사를 둔: the names right before a seat, a space apart, say where the
	 * company sits too.
	 */
	private static void extendSeatsToTheNamesBefore(List<Mention> mentions, String text) {
		for (int k = mentions.size() - 1; k > 0; k--) {
			Mention name = mentions.get(k - 1);
			if (mentions.get(k).seat && !name.seat && name.weight > 0 && name.end + 1 == mentions.get(k).start
				&& text.charAt(name.end) == ' ') {
				name.weight *= VENUE;
				name.seat = true;
			}
		}
	}

	/**
	 * A 시·도 named only where a company sits or someone comes from is not what the story is
	 * about, once another is named for itself (neither a seat nor a venue); a story that names
	 * nothing else is about the company of that place (순천에 본사를 둔 건설사가 장학금을 전달).
	 */
	private static void keepOnlyProvincesNamedBeyondSeats(List<Mention> mentions, Map<String, Double> scores) {
		if (mentions.stream().noneMatch(m -> m.seat)) {
			return; // most stories name no seat
		}
		Set<String> beyondSeats = new HashSet<>();
		boolean namedForItself = false;
		for (Mention m : mentions) {
			if (!m.seat && m.weight > 0) {
				namedForItself |= !m.venue && !m.places.isEmpty();
				for (Place p : m.places) {
					beyondSeats.add(p.province());
				}
			}
		}
		if (namedForItself) {
			scores.keySet().retainAll(beyondSeats);
		}
	}

	/**
	 * 경남과 울산의 이웃에, 부산·경남 기업: a minor 시·도 named beside a stronger one shares its
	 * part in the story; alone, far below the main one, it is a passing mention.
	 */
	private static boolean pairedWithStronger(String province, List<Mention> mentions, Map<String, Double> scores,
		String text) {
		double own = scores.get(province);
		for (int k = 0; k + 1 < mentions.size(); k++) {
			Mention a = mentions.get(k);
			Mention b = mentions.get(k + 1);
			if (a.weight > 0 && b.weight > 0 && listed(a, b, text)
				&& (names(a, province) && strongerThan(b, own, scores) || names(b, province) && strongerThan(a, own, scores))) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesOnly(Mention m, String province) {
		for (Place p : m.places) {
			if (!p.province().equals(province)) {
				return false;
			}
		}
		return true;
	}

	private static boolean names(Mention m, String province) {
		return m.places.stream().anyMatch(p -> p.province().equals(province));
	}

	private static boolean strongerThan(Mention m, double score, Map<String, Double> scores) {
		return m.places.stream().anyMatch(p -> scores.getOrDefault(p.province(), 0.0) > score);
	}

	private List<Mention> scan(String text) {
		List<Mention> out = new ArrayList<>();
		int lastEnd = -1;
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!gazetteer.startsName(text.charAt(i)) || !startsWord(text, i, lastEnd)) {
				i++;
				continue;
			}
			Trie.Match<Gazetteer.Entry> match = gazetteer.nameAt(text, i);
			if (match == null || afterDirection(text, i, lastEnd) && !namesProvinces(match.value())) {
				i++;
				continue;
			}
			if (match.value().notAPlace() || isTownInTheDistrictBefore(text, i, match.end(), out)) {
				i = match.end();
				continue;
			}
			Mention m = new Mention(text, i, match.end(), match.value());
			m.stemOfADistrictElsewhere = gazetteer.isStemOfADistrictElsewhere(match.value());
			narrowToDistrict(m, text);
			out.add(m);
			lastEnd = m.end;
			i = m.end;
		}
		return out;
	}

	/**
	 * 서귀포시 남원읍, 고성군 거진읍: a name made a 읍·면·동·리 right after a 시·군·구 names a town
	 * inside that district, whatever 시·군 elsewhere bears the same name (남원시 is in 전북).
	 */
	private static boolean isTownInTheDistrictBefore(String text, int start, int end, List<Mention> found) {
		if (found.isEmpty() || end >= text.length() || TOWN_SUFFIXES.indexOf(text.charAt(end)) < 0) {
			return false;
		}
		Mention before = found.get(found.size() - 1);
		return before.end + 1 == start && text.charAt(before.end) == ' ' && before.places.size() == 1
			&& !before.places.get(0).isProvince();
	}

	/**
	 * A name starts a word, or follows another name directly (광주전남), or a direction (서부산), or
	 * Latin letters (BNK경남은행); inside a Hangul word it is something else (경제주체, 안전주의).
	 * A romanised name starts an English word (Ulsan, not Seulsan).
	 */
	private static boolean startsWord(String text, int i, int lastEnd) {
		if (i == 0 || i == lastEnd && !Ascii.isLetter(text.charAt(i))) {
			return true;
		}
		char before = text.charAt(i - 1);
		if (Ascii.isLetter(text.charAt(i))) {
			return !Ascii.isLetterOrDigit(before);
		}
		if (!isHangul(before)) {
			return !Character.isDigit(before);
		}
		return (before == '동' || before == '서' || before == '남' || before == '북')
			&& (i < 2 || !isHangul(text.charAt(i - 2)));
	}

	/** 서부산, 동대구: a direction before a 시·도; before other names (동서산업) it is another word. */
	private static boolean afterDirection(String text, int i, int lastEnd) {
		return i > 0 && i != lastEnd && isHangul(text.charAt(i - 1));
	}

	private static boolean namesProvinces(Gazetteer.Entry entry) {
		return !entry.places().isEmpty() && entry.places().stream().allMatch(Place::isProvince);
	}

	static boolean isHangul(char c) {
		return c >= '가' && c <= '힣';
	}

	/** 경남 양산 → 경상남도 양산시; 성남시 분당구 → 경기도 성남시 분당구. */
	private void narrowToDistrict(Mention m, String text) {
		if (m.ambiguous() || m.group) {
			return;
		}
		Place place = m.places.get(0);
		if (place.isProvince()) {
			int j = skipOneSpace(text, m.end);
			Trie.Match<Place> d = gazetteer.districtAt(place.province(), text, j);
			if (d == null) {
				return;
			}
			m.narrow(d.value(), d.end());
			place = d.value();
		}
		int j = skipOneSpace(text, m.end);
		Trie.Match<Place> gu = gazetteer.guAt(place, text, j);
		if (gu != null) {
			m.narrow(gu.value(), gu.end());
		}
	}

	private static int skipOneSpace(String text, int i) {
		return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
	}

	/**
	 * 경기 광주시 … 광주소방서: once a story names a 시·군 whose name without 시 or 군 is a
	 * 시·도's short name (광주), that bare name stands for the 시·군, not the 시·도.
	 */
	private static void readBareNamesAsTheDistrictNamed(List<Mention> mentions, String text) {
		for (Mention bare : mentions) {
			if (!bare.stemOfADistrictElsewhere || bare.places.size() != 1) {
				continue; // nearly every name: only a few 시·도 names are also a 시·군's stem
			}
			int stem = bare.end - bare.start;
			for (Mention named : mentions) {
				Place district = named.places.size() == 1 ? named.places.get(0) : null;
				if (district == null || district.isProvince() || district.province().equals(bare.places.get(0).province())) {
					continue;
				}
				int space = district.district().indexOf(' '); // 전주시 완산구: the city is 전주시
				int cityLength = space < 0 ? district.district().length() : space;
				if (cityLength == stem + 1 && text.regionMatches(bare.start, district.district(), 0, stem)) {
					bare.places = List.of(new Place(district.province(), district.district().substring(0, cityLength)));
					break;
				}
			}
		}
	}

	/**
	 * A name that is also a common word (경기) counts when a confirming word follows (경기지역,
	 * 경기 남부) or when it stands in a list with another place (서울·경기).
	 */
	private void confirm(List<Mention> mentions, String text) {
		for (int k = 0; k < mentions.size(); k++) {
			Mention m = mentions.get(k);
			if (!m.unconfirmed) {
				continue;
			}
			boolean confirmed = confirms.matcher(text).region(m.end, text.length()).lookingAt()
				|| k > 0 && listed(mentions.get(k - 1), m, text) && !mentions.get(k - 1).unconfirmed
				|| k + 1 < mentions.size() && listed(m, mentions.get(k + 1), text);
			m.unconfirmed = !confirmed;
		}
		mentions.removeIf(m -> m.unconfirmed);
	}

	private static boolean listed(Mention a, Mention b, String text) {
		return b.start >= a.end && mayBeListGap(text, a.end, b.start)
			&& LIST_GAP.matcher(text).region(a.end, b.start).matches();
	}

	/**
	 * @return whether the text between two names is on one line and holds at most
	 *         {@link #LIST_GAP_LETTERS} syllables and letters, as a {@link #LIST_GAP} does (most
	 *         names stand far apart, and the pattern is not tried for them)
	 */
	private static boolean mayBeListGap(String text, int from, int to) {
		int letters = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (isHangul(c) || Ascii.isLetter(c)) && ++letters > LIST_GAP_LETTERS) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Places in a list of three or more (대구, 인천, 대전, 광주), or in a list closed by 등, are
	 * examples, not the subject; a grouping joined by middle dots (부산·울산·경남) is not a list of
	 * examples.
	 */
	private void markLists(List<Mention> mentions, String text) {
		int k = 0;
		while (k < mentions.size()) {
			int last = k;
			while (last + 1 < mentions.size() && listed(mentions.get(last), mentions.get(last + 1), text)) {
				last++;
			}
			int size = last - k + 1;
			int end = mentions.get(last).end;
			// 등 stands within three syllables and a space; "and other" or "etc" after a space or a comma and one
			boolean closedByEtc = (standsWithin(text, end, 4, "등") || standsWithin(text, end + 1, 1, "ae"))
				&& ENDS_LIST.matcher(text).region(end, text.length()).lookingAt();
			boolean commaList = size >= 3 && text.substring(mentions.get(k).end, mentions.get(last).start).indexOf(',') >= 0;
			if (commaList || size >= 2 && closedByEtc) {
				for (int i = k; i <= last; i++) {
					mentions.get(i).listed = true;
				}
			}
			k = last + 1;
		}
	}

	/**
	 * @return for each sentence, whether it gives an example (부산 센터의 경우) or a yardstick
	 *         (경기도와 비교해); each marker is looked for where its anchor stands, found by a
	 *         character search (several string searches of the whole story cost several times more)
	 */
	private boolean[] exampleSentences(String text, int bodyStart, Sentences sentences) {
		boolean[] examples = new boolean[sentences.count()];
		for (int k = 0; k < exampleMarkers.size(); k++) {
			char anchor = exampleAnchors.charAt(k);
			if (exampleAnchors.indexOf(anchor) < k) {
				continue; // its anchor was searched for with an earlier marker's
			}
			for (int i = text.indexOf(anchor, bodyStart); i >= 0; i = text.indexOf(anchor, i + 1)) {
				for (int j = k; j < exampleMarkers.size(); j++) {
					int start = i - exampleAnchorOffsets[j];
					String marker = exampleMarkers.get(j);
					// the syllable after the anchor first: most anchors (비용, 경제) begin other words
					if (exampleAnchors.charAt(j) == anchor && start >= bodyStart && i + 1 < text.length()
						&& text.charAt(i + 1) == marker.charAt(exampleAnchorOffsets[j] + 1) && text.startsWith(marker, start)) {
						examples[sentences.indexOf(start)] = true;
					}
				}
			}
		}
		return examples;
	}

	/** @return the offset of a marker's anchor: the first syllable of its first word of two or more (의 경우 → 경) */
	static int anchorOffset(String marker) {
		int wordStart = 0;
		for (int i = 0; i <= marker.length(); i++) {
			if (i == marker.length() || marker.charAt(i) == ' ') {
				if (i - wordStart >= 2) {
					return wordStart;
				}
				wordStart = i + 1;
			}
		}
		return 0;
	}

	private double weigh(Mention m, String text, int bodyStart, Sentences sentences, boolean[] examples) {
		if (namesSomethingElse(m, text)) {
			return 0;
		}
		double w;
		int sentenceStart;
		int sentenceEnd;
		if (m.start < bodyStart) {
			w = TITLE;
			sentenceStart = 0;
			sentenceEnd = bodyStart - 1;
		} else {
			int s = sentences.indexOf(m.start);
			sentenceStart = sentences.start(s, bodyStart);
			sentenceEnd = sentences.end(s);
			w = s == 0 ? FIRST_SENTENCE
				: s == 1 ? SECOND_SENTENCE
				: (double) s / sentences.count() < LATE_FROM ? BODY : LATE_BODY;
			if (examples[s]) {
				w *= EXAMPLE;
			}
		}
		if (m.romanised && english.isExample(text, m.start, sentenceStart)) {
			w *= EXAMPLE;
		}
		// (시|지역)? and a space may stand before the aside word
		m.seat = !m.romanised && w > 0 && standsWithin(text, m.end, 3, asideStarts)
			&& this.aside.matcher(text).region(m.end, sentenceEnd).lookingAt();
		m.venue = m.romanised ? english.isAside(text, m.start, m.end, sentenceStart) : !m.seat && isVenue(m, text, sentenceEnd);
		if (m.seat || m.venue) {
			w *= VENUE;
		}
		if (m.listed) {
			w *= LISTED;
		}
		if (!m.ambiguous() && namesOnly(m, SEOUL)) {
			w *= SEOUL_FACTOR;
		}
		return w;
	}

	/** 전남대, 경남신문, (광주=한빛일보), 김해진 대표; Seoul National University, ULSAN, May 3 (Yonhap). */
	private boolean namesSomethingElse(Mention m, String text) {
		if (m.romanised) {
			return english.namesSomethingElse(text, m.start, m.end);
		}
		// each pattern is tried only where its first character stands: most mentions meet none
		int end = m.end;
		return text.startsWith("대", end) && UNIVERSITY.matcher(text).region(end, text.length()).lookingAt()
			|| standsWithin(text, end, 2, mediaStarts) && media.matcher(text).region(end, text.length()).lookingAt()
			|| (text.startsWith("=", end) || text.startsWith("=", end + 1))
				&& DATELINE.matcher(text).region(end, text.length()).lookingAt()
			|| mayNamePerson(text, end) && person.matcher(text).region(end, text.length()).lookingAt();
	}

	/** @return whether a syllable (not a particle), a space and a title's first syllable follow the name (김해진 대표) */
	private boolean mayNamePerson(String text, int end) {
		return end + 2 < text.length() && isHangul(text.charAt(end)) && PARTICLES.indexOf(text.charAt(end)) < 0
			&& REGEX_SPACE.indexOf(text.charAt(end + 1)) >= 0 && personTitleStarts.indexOf(text.charAt(end + 2)) >= 0;
	}

	/** @return whether one of {@code chars} stands at {@code from} or up to {@code reach} characters after it */
	private static boolean standsWithin(String text, int from, int reach, String chars) {
		for (int i = from, to = Math.min(text.length(), from + reach + 1); i < to; i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 서울 IT기업, 춘천에 연구센터: a title naming where a company comes from, then (after the comma)
	 * a place in another 시·도 where it acts.
	 */
	private boolean isCompanyOriginInTitle(Mention m, List<Mention> mentions, String text, int bodyStart) {
		if (m.start >= bodyStart || m.ambiguous() || text.lastIndexOf(',', bodyStart - 1) < m.end
			|| !companyOrigin.matcher(text).region(m.end, bodyStart).lookingAt()) {
			return false;
		}
		String province = m.places.get(0).province();
		return mentions.stream().anyMatch(o -> o.start > m.end && o.start < bodyStart && !o.ambiguous()
			&& o.places.stream().noneMatch(p -> p.province().equals(province)));
	}

	/**
	 * 서울 코엑스에서 열린, 부산에서 열려, 서울서 투자협약: where an event took place, not what the
	 * story is about.
	 */
	private boolean isVenue(Mention m, String text, int sentenceEnd) {
		if (text.startsWith("서", m.end) && contractedVenue.matcher(text).region(m.end, sentenceEnd).lookingAt()) {
			return true;
		}
		if (!hasEseoWithinReach(text, m.end, sentenceEnd)) {
			return false;
		}
		boolean subject = m.end < sentenceEnd && "은는이가".indexOf(text.charAt(m.end)) >= 0;
		return !subject && venueWithinReach(text, m.end, sentenceEnd);
	}

	/**
	 * @return whether a venue noun and its 에서, or 에서 and an event, begin within
	 *         {@link #VENUE_REACH} characters after {@code from}, with no comma, stop or quote
	 *         before them, inside the sentence; each pattern is tried only where its first
	 *         character stands (one pattern tried at each of the 40 positions costs several times more)
	 */
	private boolean venueWithinReach(String text, int from, int sentenceEnd) {
		Matcher eseo = null;
		Matcher noun = null;
		for (int i = from, to = Math.min(sentenceEnd - 1, from + VENUE_REACH); i <= to; i++) {
			if (i > from && VENUE_STOPS.indexOf(text.charAt(i - 1)) >= 0) {
				return false;
			}
			char c = text.charAt(i);
			if (c == '에' && (eseo = matcher(eseo, eseoThenEvent, text)).region(i, sentenceEnd).lookingAt()
				|| venueNounStarts.indexOf(c) >= 0
					&& (noun = matcher(noun, venueNounThenEseo, text)).region(i, sentenceEnd).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/** @return {@code m}, or when it is {@code null}, a matcher of {@code p} over {@code text} */
	private static Matcher matcher(Matcher m, Pattern p, String text) {
		return m != null ? m : p.matcher(text);
	}

	/** @return whether 에서 begins within {@link #VENUE_REACH} characters after {@code from}, inside the sentence */
	private static boolean hasEseoWithinReach(String text, int from, int sentenceEnd) {
		for (int i = from, to = Math.min(sentenceEnd, from + VENUE_REACH + 1); i < to; i++) {
			if (text.charAt(i) == '에' && text.startsWith("서", i + 1)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An ambiguous name (중구, 강서구, 광주시) is the candidate whose 시·도 the story already
	 * names most; failing that, the 시·도 itself if it is a candidate (광주시 → 광주광역시).
	 */
	private static void resolveAmbiguous(List<Mention> mentions, Map<String, Double> scores) {
		for (Mention m : mentions) {
			if (!m.ambiguous()) {
				continue;
			}
			Place best = null;
			double bestScore = 0;
			for (Place p : m.places) { // the first of equals
				double score = scores.getOrDefault(p.province(), 0.0);
				if (score > 0 && (best == null || score > bestScore)) {
					best = p;
					bestScore = score;
				}
			}
			best = best != null ? best : firstProvince(m.places);
			if (best == null) {
				m.places = List.of();
				continue;
			}
			m.places = List.of(best);
			scores.merge(best.province(), m.weight, Double::sum);
		}
	}

	private static Place firstProvince(List<Place> places) {
		for (Place p : places) {
			if (p.isProvince()) {
				return p;
			}
		}
		return null;
	}

	/** The finest places named in each region: its 시·군·구 (or 행정구), else the 시·도 itself. */
	private static List<String> places(List<Mention> mentions, List<String> regions) {
		Map<Place, Double> weights = new LinkedHashMap<>();
		for (Mention m : mentions) {
			if (m.places.size() == 1 && !m.places.get(0).isProvince() && m.weight > 0) {
				weights.merge(m.places.get(0), m.weight, Double::sum);
			}
		}
		List<String> out = new ArrayList<>();
		List<Map.Entry<Place, Double>> inRegion = new ArrayList<>();
		for (String region : regions) {
			inRegion.clear();
			for (Map.Entry<Place, Double> e : weights.entrySet()) {
				if (e.getKey().province().equals(region)) {
					inRegion.add(e);
				}
			}
			inRegion.sort(Map.Entry.<Place, Double>comparingByValue().reversed());
			int before = out.size();
			for (Map.Entry<Place, Double> e : inRegion) {
				if (isFinest(e.getKey(), inRegion)) {
					out.add(e.getKey().fullName());
				}
			}
			if (out.size() == before) {
				out.add(region);
			}
		}
		return out;
	}

	/** @return whether no place of {@code named} lies inside {@code place} */
	private static boolean isFinest(Place place, List<Map.Entry<Place, Double>> named) {
		for (Map.Entry<Place, Double> e : named) {
			if (e.getKey().isInside(place)) {
				return false;
			}
		}
		return true;
	}
}
