package org.newsradar.classifier.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsradar.api.classify.TopicClassifier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code radar:topic}: configured lexicon topics from the Gogo shell. The commands write Config
 * Admin factory configurations, so a topic made here behaves exactly like one from a {@code .cfg}
 * file in {@code deploy/}. A topic defined by a file is changed by editing the file, which stays
 * the one source of its definition; deleting such a topic deletes its file.
 */
@Component(service = TopicCommands.class,
	property = { "osgi.command.scope=radar", "osgi.command.function=topic" })
public class TopicCommands {
	static final String USAGE = String.join("\n", "usage:",
		"  radar:topic create ID --cues A,B,C [--negative X,Y] [--threshold 0.5] [--ranking 0]",
		"      defines topic ID (again: changes only the options given)",
		"  radar:topic list",
		"  radar:topic delete ID");
	private static final Map<String, String> OPTIONS = Map.of("--cues", TopicDefinition.CUES, "--negative",
		TopicDefinition.NEGATIVE, "--threshold", TopicDefinition.THRESHOLD, "--ranking", TopicDefinition.RANKING);

	private static final String NOT_SERVED = "  (not served: see the log)";
	private static final long SETTLE_MILLIS = 2000;

	private final ConfigurationAdmin configurations;
	private final BundleContext context;

	@Activate
	public TopicCommands(@Reference ConfigurationAdmin configurations, BundleContext context) {
		this.configurations = configurations;
		this.context = context;
	}

	/** radar:topic create ID --cues A,B [--negative X,Y] [--threshold T] [--ranking N] | list | delete ID */
	public String topic(String... typed) throws IOException, InvalidSyntaxException, InterruptedException {
		List<String> args = List.of(typed);
		if (args.isEmpty()) {
			return USAGE;
		}
		return switch (args.get(0)) {
		case "create" -> create(args.subList(1, args.size()));
		case "list" -> list();
		case "delete" -> {
			if (args.size() != 2) {
				throw new IllegalArgumentException(USAGE);
			}
			yield delete(args.get(1));
		}
		default -> throw new IllegalArgumentException("unknown subcommand '" + args.get(0) + "'\n" + USAGE);
		};
	}

	private String create(List<String> args) throws IOException, InvalidSyntaxException, InterruptedException {
		if (args.isEmpty() || args.get(0).startsWith("--") || args.size() % 2 == 0) {
			throw new IllegalArgumentException(USAGE);
		}
		String id = args.get(0);
		Map<String, String> given = new LinkedHashMap<>();
		for (int i = 1; i < args.size(); i += 2) {
			String key = OPTIONS.get(args.get(i));
			if (key == null) {
				throw new IllegalArgumentException("unknown option '" + args.get(i) + "'\n" + USAGE);
			}
			given.put(key, args.get(i + 1));
		}
		Configuration existing = find(id);
		Path file = existing == null ? null : TopicFiles.of(existing);
		if (file != null) {
			throw new IllegalArgumentException("topic " + id + " is defined by " + file + ": edit that file");
		}
		Configuration configuration = existing != null ? existing
			: configurations.getFactoryConfiguration(ConfiguredTopicClassifier.FACTORY_PID, id, "?");
		Dictionary<String, Object> properties = existing != null ? existing.getProperties() : new Hashtable<>();
		properties.put(TopicDefinition.TOPIC, id);
		given.forEach(properties::put);
		// validated before it is stored, so a mistake is reported here rather than in the log
		TopicDefinition definition = TopicDefinition.from(properties);
		definition.configuration().forEach(properties::put);
		configuration.update(properties);
		boolean serving = awaitServed(configuration.getPid(), true);
		return (existing != null ? "updated topic " : "created topic ") + describe(definition, properties)
			+ (serving ? "" : NOT_SERVED);
	}

	private String list() throws IOException, InvalidSyntaxException {
		List<String> lines = new ArrayList<>();
		for (Configuration c : topicConfigurations()) {
			String served = served(c.getPid()) ? "" : NOT_SERVED;
			try {
				lines.add(describe(TopicDefinition.from(c.getProperties()), c.getProperties()) + served);
			} catch (IllegalArgumentException e) {
				lines.add(c.getPid() + "  invalid: " + e.getMessage());
			}
		}
		lines.sort(Comparator.naturalOrder());
		return lines.isEmpty() ? "no configured topics" : String.join("\n", lines);
	}

	private String delete(String id) throws IOException, InvalidSyntaxException, InterruptedException {
		Configuration c = find(id);
		if (c == null) {
			throw new IllegalArgumentException("no configured topic '" + id + "'");
		}
		String pid = c.getPid();
		Path file = TopicFiles.of(c);
		if (file != null) {
			Files.deleteIfExists(file);
		}
		c.delete();
		awaitServed(pid, false);
		return "deleted topic " + id + (file == null ? "" : " and its file " + file);
	}

	private Configuration find(String id) throws IOException, InvalidSyntaxException {
		for (Configuration c : topicConfigurations()) {
			Object topic = c.getProperties().get(TopicDefinition.TOPIC);
			if (topic != null && id.equals(topic.toString().strip())) {
				return c;
			}
		}
		return null;
	}

	private List<Configuration> topicConfigurations() throws IOException, InvalidSyntaxException {
		Configuration[] found = configurations.listConfigurations(
			"(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + ConfiguredTopicClassifier.FACTORY_PID + ")");
		return found == null ? List.of() : List.of(found);
	}

	/**
	 * Waits (at most {@value #SETTLE_MILLIS} ms) until Config Admin and DS have carried out a change,
	 * so that the next command sees it.
	 *
	 * @return whether the topic's classifier is registered or not, as {@code expected}
	 */
	private boolean awaitServed(String pid, boolean expected) throws InvalidSyntaxException, InterruptedException {
		long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
		while (served(pid) != expected && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		return served(pid) == expected;
	}

	private boolean served(String pid) throws InvalidSyntaxException {
		return !context.getServiceReferences(TopicClassifier.class, "(" + Constants.SERVICE_PID + "=" + pid + ")").isEmpty();
	}

	private static String describe(TopicDefinition d, Dictionary<String, Object> properties) {
		Path file = TopicFiles.of(properties);
		return String.format(Locale.ROOT, "%s  threshold %s  ranking %d  cues %s  negative %s%s", d.topic(),
			d.threshold(), d.ranking(), String.join(", ", d.cues()), String.join(", ", d.negatives()),
			file == null ? "" : "  file " + file.getFileName());
	}
}
