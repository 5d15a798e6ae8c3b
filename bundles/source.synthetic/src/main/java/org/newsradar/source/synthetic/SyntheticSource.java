package org.newsradar.source.synthetic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsradar.api.ingest.PageSink;
import org.newsradar.api.ingest.PageSource;
import org.newsradar.api.model.RawPage;
import org.osgi.service.component.annotations.Component;

/**
 * Generated news pages for benchmarks and streaming runs: the input {@code synthetic:COUNT} (or
 * {@code synthetic:COUNT:SEED}) yields COUNT pages composed from this bundle's fixtures, named
 * {@code synthetic:COUNT:SEED/0000042.html}. Pages are made one at a time as the pipeline asks,
 * so a million of them cost no memory; the same input always gives the same pages.
 */
@Component
public class SyntheticSource implements PageSource {
	static final Pattern INPUT = Pattern.compile("synthetic:(\\d{1,10})(?::(-?\\d{1,18}))?");
	private final PageComposer composer = new PageComposer(Fixtures.load());

	@Override
	public boolean accepts(String input) {
		return input.startsWith("synthetic:");
	}

	@Override
	public void open(String input, PageSink sink) {
		Matcher m = INPUT.matcher(input);
		if (!m.matches()) {
			sink.failed(input, "expected synthetic:COUNT or synthetic:COUNT:SEED");
			return;
		}
		long count = Long.parseLong(m.group(1));
		long seed = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
		String prefix = "synthetic:" + count + ":" + seed + "/";
		for (long n = 0; n < count; n++) {
			PageComposer.Composed page = composer.page(seed, n);
			String number = Long.toString(n);
			String name = prefix + "0".repeat(Math.max(0, 7 - number.length())) + number + "." + page.extension();
			sink.page(new RawPage(name, page.bytes(), null));
		}
	}
}
