package org.newsradar.ingest.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.json.Json;
import org.newsradar.api.ingest.PageReader;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;
import org.newsradar.api.model.Story;
import org.newsradar.core.source.PageDecoder;
import org.newsradar.ingest.text.TextPageReader;

/**
 * Ingests folders of pages as the pipeline does (decode, then the HTML reader if it accepts the page,
 * else the text reader) and writes one JSON line per story with the fields score.py reads. Used by
 * {@link SharedCorpusTest} and runnable by hand:
 * {@code java -cp ... org.newsradar.ingest.html.CorpusRun OUT.jsonl DIR...}.
 */
public final class CorpusRun {
	private final List<PageReader> readers = List.of(new HtmlPageReader(), new TextPageReader());

	public static void main(String[] args) throws IOException {
		List<Path> dirs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			dirs.add(Path.of(args[i]));
		}
		int stories = new CorpusRun().write(Path.of(args[0]), dirs);
		System.out.println(stories + " stories written to " + args[0]);
	}

	/** @return the number of stories written */
	int write(Path out, List<Path> dirs) throws IOException {
		int n = 0;
		try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (Path file : pages(dirs)) {
				String source = file.toString();
				try {
					List<Story> stories = read(source, Files.readAllBytes(file));
					for (int i = 0; i < stories.size(); i++) {
						Story s = stories.get(i);
						w.write("{\"source\":" + Json.toJson(source) + ",\"story\":" + i + ",\"title\":" + Json.toJson(s.title()) + ",\"date\":"
							+ Json.toJson(s.date()) + ",\"outlet\":" + Json.toJson(s.outlet()) + ",\"byline\":" + Json.toJson(s.byline()) + ",\"url\":"
							+ Json.toJson(s.url()) + ",\"body\":" + Json.toJson(s.body()) + ",\"topics\":[]}\n");
						n++;
					}
				} catch (IngestException e) {
					w.write("{\"source\":" + Json.toJson(source) + ",\"error\":" + Json.toJson(e.getMessage()) + "}\n");
				}
			}
		}
		return n;
	}

	List<Story> read(String source, byte[] bytes) throws IngestException {
		Page page = PageDecoder.decode(new RawPage(source, bytes, null));
		for (PageReader r : readers) {
			if (r.accepts(page)) {
				return r.read(page);
			}
		}
		throw new IngestException("no reader accepts the page");
	}

	static List<Path> pages(List<Path> dirs) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path d : dirs) {
			try (Stream<Path> s = Files.list(d)) {
				s.filter(p -> p.toString().matches(".*\\.(txt|html?)$")).sorted().forEach(files::add);
			}
		}
		return files;
	}
}
