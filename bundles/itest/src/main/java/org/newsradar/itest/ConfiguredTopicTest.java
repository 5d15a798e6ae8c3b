package org.newsradar.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsradar.api.model.Story;
import org.newsradar.api.model.StoryRecord;
import org.newsradar.api.pipeline.Pipeline;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** Topics defined by Config Admin factory configurations alone: created, edited and deleted live. */
class ConfiguredTopicTest {
	static final String FACTORY_PID = "org.newsradar.classifier.lexicon";
	static final String LEXICON_BUNDLE = "org.newsradar.classifier.lexicon ";
	private static final String TOPIC = "battery_plant";
	private static final Story BATTERY_PLANT = Story.of("충북 오창에 이차전지 공장 착공",
		"한 배터리 기업이 충북 오창산업단지에 이차전지 공장을 짓는다. 이 공장은 양극재와 셀을 함께 생산한다.");
	private static final Story CATHODE_ONLY = Story.of("양극재 설비 증설",
		"전북 군산의 소재 기업이 양극재 설비를 늘린다. 회사는 양극재 수요가 늘었다고 설명했다.");

	private final ConfigurationAdmin cm = Framework.service(ConfigurationAdmin.class);
	private final Pipeline pipeline = Framework.service(Pipeline.class);

	@AfterEach
	void deleteTopics() throws Exception {
		deleteTopicConfigurations();
		assertTrue(Framework.eventually(() -> !served(TOPIC) && Bundles.activeLabel("csr_event").startsWith("org.newsradar.classifier.csr ")));
	}

	/** Deletes every configured topic a test left behind. */
	static void deleteTopicConfigurations() throws Exception {
		Configuration[] left = Framework.service(ConfigurationAdmin.class)
			.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
		for (Configuration c : left == null ? new Configuration[0] : left) {
			c.delete();
		}
	}

	static Dictionary<String, Object> topic(String id, String cues, double threshold) {
		Hashtable<String, Object> p = new Hashtable<>();
		p.put("topic", id);
		p.put("cues", cues.split(","));
		p.put("threshold", threshold);
		return p;
	}

	private boolean served(String topic) {
		return pipeline.classifiers().stream().anyMatch(c -> c.topic().equals(topic));
	}

	private Configuration create(Dictionary<String, Object> properties) throws Exception {
		Configuration c = cm.getFactoryConfiguration(FACTORY_PID, "itest", "?");
		c.update(properties);
		return c;
	}

	@Test
	void aFactoryConfigurationAddsATopicThatClassifiesWithEvidence() throws Exception {
		create(topic(TOPIC, "이차전지 공장,양극재", 0.5));
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		StoryRecord r = pipeline.process("battery.txt", 0, BATTERY_PLANT);
		assertTrue(r.topics().contains(TOPIC), r.scores()::toString);
		assertTrue(r.classifiers().get(TOPIC).startsWith(LEXICON_BUNDLE), r.classifiers()::toString);
		assertTrue(r.evidence().get(TOPIC).stream().anyMatch(e -> e.text().equals("이차전지 공장")));
	}

	@Test
	void anEditedConfigurationTakesEffectWithoutRemovingTheTopic() throws Exception {
		Configuration c = create(topic(TOPIC, "이차전지 공장", 0.5));
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		assertFalse(pipeline.process("cathode.txt", 0, CATHODE_ONLY).topics().contains(TOPIC));
		c.update(topic(TOPIC, "이차전지 공장,양극재", 0.5));
		assertTrue(Framework.eventually(() -> pipeline.process("cathode.txt", 0, CATHODE_ONLY).topics().contains(TOPIC)));
	}

	@Test
	void deletingTheConfigurationRemovesTheTopic() throws Exception {
		Configuration c = create(topic(TOPIC, "이차전지 공장", 0.5));
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		c.delete();
		assertTrue(Framework.eventually(() -> !served(TOPIC)));
		assertFalse(pipeline.process("battery.txt", 0, BATTERY_PLANT).scores().containsKey(TOPIC));
	}

	@Test
	void aConfiguredTopicWithAHigherRankingReplacesAShippedClassifierUntilDeleted() throws Exception {
		Dictionary<String, Object> csr = topic("csr_event", "봉사활동", 0.2);
		csr.put("service.ranking", 50);
		Configuration c = create(csr);
		assertTrue(Framework.eventually(() -> Bundles.activeLabel("csr_event").startsWith(LEXICON_BUNDLE)));
		c.delete();
		assertTrue(Framework.eventually(() -> Bundles.activeLabel("csr_event").startsWith("org.newsradar.classifier.csr ")));
	}

	@Test
	void anInvalidEditWithdrawsTheTopicAndAValidOneRestoresIt() throws Exception {
		Configuration c = create(topic(TOPIC, "이차전지 공장", 0.5));
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		c.update(topic(TOPIC, " ", 0.5));
		assertTrue(Framework.eventually(() -> !served(TOPIC)));
		c.update(topic(TOPIC, "이차전지 공장", 0.5));
		assertTrue(Framework.eventually(() -> served(TOPIC)));
	}

	/** Calls {@code radar:topic} the way the Gogo shell does: the command service's {@code topic} method. */
	static String radarTopic(String... args) throws Exception {
		ServiceReference<?>[] refs = Framework.context().getServiceReferences((String) null,
			"(&(osgi.command.scope=radar)(osgi.command.function=topic))");
		assertEquals(1, refs == null ? 0 : refs.length, "one radar:topic command");
		Object command = Framework.context().getService(refs[0]);
		Method topic = command.getClass().getMethod("topic", String[].class);
		return (String) topic.invoke(command, (Object) args);
	}

	@Test
	void theTopicCommandCreatesListsAndDeletesATopic() throws Exception {
		radarTopic("create", TOPIC, "--cues", "이차전지 공장,양극재", "--negative", "배터리 교체", "--threshold", "0.4");
		assertTrue(Framework.eventually(() -> served(TOPIC)));
		assertTrue(pipeline.process("battery.txt", 0, BATTERY_PLANT).topics().contains(TOPIC));
		String list = radarTopic("list");
		assertTrue(list.startsWith(TOPIC + "  threshold 0.4  ranking 0  cues 이차전지 공장, 양극재  negative 배터리 교체"), list);
		radarTopic("delete", TOPIC);
		assertTrue(Framework.eventually(() -> !served(TOPIC)));
		assertEquals("no configured topics", radarTopic("list"));
	}

	@Test
	void theTopicCommandChangesOnlyTheOptionsGiven() throws Exception {
		radarTopic("create", TOPIC, "--cues", "이차전지 공장", "--threshold", "0.4");
		radarTopic("create", TOPIC, "--threshold", "0.6");
		String list = radarTopic("list");
		assertTrue(list.startsWith(TOPIC + "  threshold 0.6  ranking 0  cues 이차전지 공장  negative "), list);
	}
}
