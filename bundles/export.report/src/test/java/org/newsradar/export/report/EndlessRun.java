package org.newsradar.export.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsradar.api.export.ExportTarget;
import org.newsradar.api.export.ExportWriter;
import org.newsradar.api.export.Exporter;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.export.csv.CsvExporter;
import org.newsradar.export.jsonl.JsonLinesExporter;
import org.newsradar.export.sqlite.DatabaseExporter;

/**
 * A run that never ends, for {@link KilledRunTest}: it writes stories through every exporter
 * into the folder given as its argument and never commits. It prints {@code SPILLED} once SQLite
 * has begun changing the database file itself (its page cache overflowed into the file, which
 * grew), and a line per 100 stories.
 */
public final class EndlessRun {
	private EndlessRun() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		Path database = dir.resolve("newsradar.db");
		long sizeBefore = Files.size(database);
		List<ExportWriter> writers = new ArrayList<>();
		for (Exporter e : exporters()) {
			writers.add(e.open(new ExportTarget(dir, Map.of())));
		}
		String longBody = (Fixtures.DATA_CENTER_BODY + "\n").repeat(20);
		boolean spilled = false;
		for (int i = 0;; i++) {
			StoryRecord base = Fixtures.STORIES.get(i % Fixtures.STORIES.size());
			StoryRecord story = new StoryRecord("endless-" + i, "endless/" + i + ".html", 0, base.title() + " " + i,
				base.date(), base.outlet(), base.byline(), base.url(), longBody, base.topics(), base.scores(), Map.of(),
				base.classifiers(), base.regions(), base.places(), base.amountsKrw(), base.otherAmounts(), base.jobs(),
				base.capacityMw(), base.errors());
			for (ExportWriter w : writers) {
				w.story(story);
			}
			if (!spilled && Files.size(database) > sizeBefore) {
				spilled = true;
				System.out.println("SPILLED");
			}
			if (i % 100 == 0) {
				System.out.println("stories " + i);
			}
			if (spilled) {
				Thread.sleep(2);
			}
		}
	}

	static List<Exporter> exporters() {
		return List.of(new JsonLinesExporter(), new CsvExporter(), new DatabaseExporter(), new ReportExporter());
	}
}
