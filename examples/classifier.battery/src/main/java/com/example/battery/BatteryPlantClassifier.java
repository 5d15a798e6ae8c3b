package com.example.battery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.classify.Classification;
import org.newsradar.api.classify.TopicClassifier;
import org.newsradar.api.model.Evidence;
import org.newsradar.api.model.Story;
import org.osgi.service.component.annotations.Component;

/**
 * A fourth topic: investment in battery plants (배터리·이차전지 공장, 양극재·음극재 공장, 기가팩토리).
 * A story is accepted when a battery word and a plant-investment word both appear, in the title
 * or at least twice in the body.
 */
@Component(property = TopicClassifier.TOPIC + "=battery_plant")
public class BatteryPlantClassifier implements TopicClassifier {
	private static final Pattern BATTERY = Pattern.compile("배터리|이차\\s?전지|2차\\s?전지|양극재|음극재|전고체|battery", Pattern.CASE_INSENSITIVE);
	private static final Pattern PLANT = Pattern.compile("공장|생산\\s?라인|기가\\s?팩토리|생산\\s?기지|증설|착공|준공|투자");

	@Override
	public String topic() {
		return "battery_plant";
	}

	@Override
	public Classification classify(Story story) {
		List<Evidence> evidence = new ArrayList<>();
		int title = find(BATTERY, story.title(), Evidence.TITLE, evidence) * find(PLANT, story.title(), Evidence.TITLE, evidence);
		int body = Math.min(find(BATTERY, story.body(), Evidence.BODY, evidence), find(PLANT, story.body(), Evidence.BODY, evidence));
		double score = Math.min(1.0, 0.5 * Math.min(title, 1) + 0.2 * body);
		boolean accepted = title > 0 || body >= 2;
		return new Classification(score, accepted, accepted ? evidence : List.of());
	}

	private static int find(Pattern p, String text, String field, List<Evidence> out) {
		int n = 0;
		for (Matcher m = p.matcher(text); m.find(); n++) {
			out.add(new Evidence(m.group(), field, m.start(), m.end()));
		}
		return n;
	}
}
