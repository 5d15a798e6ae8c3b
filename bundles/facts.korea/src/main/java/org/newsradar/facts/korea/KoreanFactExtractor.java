package org.newsradar.facts.korea;

import java.text.Normalizer;

import org.newsradar.api.facts.FactExtractor;
import org.newsradar.api.facts.Facts;
import org.newsradar.api.model.Story;
import org.osgi.service.component.annotations.Component;

/**
 * Facts of Korean news stories: the 시·도 and places a story is about (from the gazetteer in
 * this bundle), every won amount, other currencies as written, jobs created, and data-center
 * power capacity. Everything it needs is read and compiled once, when the component is created;
 * {@link #extract} only reads it, so one instance serves every pipeline thread.
 */
@Component(service = FactExtractor.class)
public final class KoreanFactExtractor implements FactExtractor {
	/**
	 * The blocks of 256 characters that {@link #isPlainlyNfc(char)} passes whole (Latin, Hangul,
	 * Hanja): one look-up for most characters instead of a test that branches on the script.
	 */
	private static final boolean[] PLAIN_PAGES = new boolean[256];

	static {
		for (int page = 0; page < PLAIN_PAGES.length; page++) {
			boolean all = true;
			for (int c = page << 8; all && c < page + 1 << 8; c++) {
				all = isPlainlyNfc((char) c);
			}
			PLAIN_PAGES[page] = all;
		}
	}

	private final RegionFinder regions;
	private final MoneyFinder money;
	private final JobFinder jobs;
	private final CapacityFinder capacity;

	public KoreanFactExtractor() {
		Cues cues = Cues.standard();
		this.regions = new RegionFinder(Gazetteer.standard(), cues);
		this.money = new MoneyFinder(cues);
		this.jobs = new JobFinder(cues);
		this.capacity = new CapacityFinder(cues);
	}

	@Override
	public Facts extract(Story story) {
		String title = normalise(story.title());
		String body = normalise(story.body());
		String all = title.isEmpty() ? body : title + "\n" + body;
		String lower = Ascii.toLowerCase(all); // for the English words every finder but the regions' looks for
		RegionFinder.Result where = regions.find(title, body);
		MoneyFinder.Money stated = money.find(all, lower);
		return new Facts(where.regions(), where.places(), stated.won(), stated.other(), jobs.find(all, lower),
			capacity.find(all, lower));
	}

	/** Pages may come decomposed (NFD) or with no-break spaces; the lexicons are NFC with plain spaces. */
	static String normalise(String s) {
		String nfc = isPlainlyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
			: Normalizer.normalize(s, Normalizer.Form.NFC);
		return nfc.indexOf('\u00a0') < 0 ? nfc : nfc.replace('\u00a0', ' ');
	}

	/**
	 * A quick look before the full check, which costs several times more: a text made only of
	 * characters that are NFC whatever stands beside them (no combining mark, no jamo, nothing
	 * NFC maps to another character) is NFC.
	 */
	private static boolean isPlainlyNfc(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!PLAIN_PAGES[c >>> 8] && !isPlainlyNfc(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @return whether {@code c} is NFC beside any other character: Latin-1 and the Latin letters
	 *         up to the combining marks, quotes and dashes, arrows and mathematical signs (∼),
	 *         circled numbers, shapes and symbols (▲ ○ ★), CJK punctuation (but not its tone
	 *         marks), compatibility jamo, circled Hangul and units (㈜ ㎡ ㎿), Hanja, Hangul
	 *         syllables, fullwidth ASCII (～)
	 */
	static boolean isPlainlyNfc(char c) {
		return c < '\u0300' || c >= '가' && c <= '힣' || c >= '\u2010' && c <= '\u2027'
			|| c >= '\u2190' && c <= '\u22ff' || c >= '\u2460' && c <= '\u24ff' || c >= '\u25a0' && c <= '\u26ff'
			|| c >= '\u3000' && c <= '\u3029' || c >= '\u3131' && c <= '\u318e' || c >= '\u3200' && c <= '\u33ff'
			|| c >= '\u4e00' && c <= '\u9fff' || c >= '\uff01' && c <= '\uff5e';
	}
}
