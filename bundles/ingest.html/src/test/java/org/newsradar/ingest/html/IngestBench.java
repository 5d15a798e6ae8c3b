package org.newsradar.ingest.html;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.newsradar.api.ingest.IngestException;
import org.newsradar.api.model.Page;
import org.newsradar.api.model.RawPage;
import org.newsradar.core.source.PageDecoder;

/**
 * Benchmark, not a test: pages per second of ingest (decode + read, as the pipeline does) beside a
 * bare {@code Jsoup.parse} of the same pages' text, single-threaded. Run from the module folder after
 * {@code mvn install}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/bench.classpath) org.newsradar.ingest.html.IngestBench [DIR...]
 * </pre>
 *
 * Without folders it reads this module's HTML fixtures and, when present, ../shared's seeds and dev pages.
 * <p>
 * Beside each ratio it prints a floor: the least any reader must do with the same pages (decode them;
 * for HTML parse them and take the body's plain text, for text cut and trim the lines), as a multiple
 * of the bare parse. No reader that also tells the article from the page's furniture can go below it.
 */
public final class IngestBench {
	private static final int ROUNDS = 15;
	private static final long ROUND_NANOS = 400_000_000L;
	private static final long WARMUP_NANOS = 5_000_000_000L;

	public static void main(String[] args) throws Exception {
		List<Path> dirs = new ArrayList<>();
		for (String a : args) {
			dirs.add(Path.of(a));
		}
		if (dirs.isEmpty()) {
			dirs.add(Path.of("src/test/resources/org/newsradar/ingest/html"));
			Path shared = Path.of("../../../shared");
			if (Files.isDirectory(shared)) {
				dirs.add(shared.resolve("seeds"));
				dirs.add(shared.resolve("dev/docs"));
			}
		}
		List<RawPage> all = load(dirs);
		List<RawPage> html = all.stream().filter(p -> p.source().matches(".*\\.html?$")).toList();
		CorpusRun ingest = new CorpusRun();
		System.out.println("median of " + ROUNDS + " alternating rounds, thread CPU time, one thread");
		report("all pages", all, ingest);
		report("HTML pages", html, ingest);
		report("text pages", all.stream().filter(p -> !html.contains(p)).toList(), ingest);
		List<RawPage> large = html.stream().filter(p -> p.bytes().length >= 30 * 1024).toList();
		if (!large.isEmpty()) {
			report("HTML >=30KB", large, ingest);
		}
		if (sink == Long.MIN_VALUE) {
			System.out.println(sink);
		}
	}

	private static void report(String label, List<RawPage> pages, CorpusRun ingest) throws IngestException {
		long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
		List<String> texts = new ArrayList<>();
		for (RawPage p : pages) {
			texts.add(new String(p.bytes(), StandardCharsets.UTF_8));
		}
		Work bare = () -> {
			int n = 0;
			for (String t : texts) {
				n += Jsoup.parse(t).childNodeSize();
			}
			return n;
		};
		Work full = () -> {
			int n = 0;
			for (RawPage p : pages) {
				try {
					n += ingest.read(p.source(), p.bytes()).size();
				} catch (IngestException e) {
					n--; // section fronts and the like: refused pages cost time too
				}
			}
			return n;
		};
		Work decode = () -> {
			int n = 0;
			for (RawPage p : pages) {
				try {
					n += PageDecoder.decode(p).text().length();
				} catch (IngestException e) {
					n--;
				}
			}
			return n;
		};
		// The least any reader of these pages must do: decode them, then for HTML the parse and the
		// plain text of the body (no furniture told apart, no metadata), for text only the lines cut
		// and trimmed (no line told apart). Its multiple of the bare parse is a lower bound for ingest's.
		Work floor = () -> {
			int n = 0;
			for (RawPage p : pages) {
				try {
					Page page = PageDecoder.decode(p);
					if (page.isHtml()) {
						n += Jsoup.parse(page.text()).body().text().length();
					} else {
						for (String line : page.text().split("\n")) {
							n += line.strip().length();
						}
					}
				} catch (IngestException e) {
					n--;
				}
			}
			return n;
		};
		// warm all up, then alternate short rounds so that a busy machine slows them alike
		cpuNanosPerRun(bare, WARMUP_NANOS);
		cpuNanosPerRun(full, WARMUP_NANOS);
		cpuNanosPerRun(decode, WARMUP_NANOS / 5);
		cpuNanosPerRun(floor, WARMUP_NANOS / 5);
		double[] bareRates = new double[ROUNDS];
		double[] fullRates = new double[ROUNDS];
		double[] ratios = new double[ROUNDS];
		double[] readRatios = new double[ROUNDS];
		double[] floorRatios = new double[ROUNDS];
		for (int r = 0; r < ROUNDS; r++) {
			double b = cpuNanosPerRun(bare, ROUND_NANOS);
			double f = cpuNanosPerRun(full, ROUND_NANOS);
			double d = cpuNanosPerRun(decode, ROUND_NANOS / 4);
			floorRatios[r] = cpuNanosPerRun(floor, ROUND_NANOS / 2) / b;
			bareRates[r] = pages.size() / (b / 1e9);
			fullRates[r] = pages.size() / (f / 1e9);
			ratios[r] = f / b;
			readRatios[r] = (f - d) / b;
		}
		System.out.printf("%-11s %3d pages, %6.1f KB avg: bare Jsoup.parse %6.0f pages/s | ingest (decode+read) %6.0f pages/s"
			+ " | ingest/bare time %.2fx, read alone (parse included, decode not) %.2fx | floor %.2fx%n", label, pages.size(),
			bytes / 1024.0 / pages.size(), median(bareRates), median(fullRates), median(ratios), median(readRatios),
			median(floorRatios));
	}

	/** A workload over all pages; returns something derived from the work so the JIT keeps it. */
	private interface Work {
		int run() throws IngestException;
	}

	private static long sink;

	/** @return thread CPU nanoseconds per run of the work, over runs lasting at least the given CPU time */
	private static double cpuNanosPerRun(Work work, long minNanos) throws IngestException {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long start = cpu.getCurrentThreadCpuTime();
		long runs = 0;
		long used;
		do {
			sink += work.run();
			runs++;
			used = cpu.getCurrentThreadCpuTime() - start;
		} while (used < minNanos);
		return (double) used / runs;
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v[v.length / 2];
	}

	private static List<RawPage> load(List<Path> dirs) throws IOException {
		List<RawPage> pages = new ArrayList<>();
		for (Path d : dirs) {
			try (Stream<Path> s = Files.list(d)) {
				for (Path f : s.filter(p -> p.toString().matches(".*\\.(txt|html?)$")).sorted().toList()) {
					pages.add(new RawPage(f.getFileName().toString(), Files.readAllBytes(f), null));
				}
			}
		}
		return pages;
	}
}
