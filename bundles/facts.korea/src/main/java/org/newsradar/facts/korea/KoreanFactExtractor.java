package org.newsradar.facts.korea;

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
		RegionFinder.Result where = regions.find(title, body);
		MoneyFinder.Money stated = money.find(all);
		return new Facts(where.regions(), where.places(), stated.won(), stated.other(), jobs.find(all),
			capacity.find(all));
	}

	/** Pages may come decomposed (NFD) or with no-break spaces; the lexicons are NFC with plain spaces. */
	private static String normalise(String s) {
		String nfc = java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
			: java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
		return nfc.indexOf('\u00a0') < 0 ? nfc : nfc.replace('\u00a0', ' ');
	}
}
