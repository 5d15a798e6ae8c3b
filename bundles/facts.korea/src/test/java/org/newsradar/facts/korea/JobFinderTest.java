package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobFinderTest {
	private final JobFinder jobs = new JobFinder(Cues.standard());

	private List<Long> find(String text) {
		return jobs.find(text, Ascii.toLowerCase(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"공장이 가동되면 신규 고용 600명 이상이 생긴다.|600",
		"센터는 일자리 1800개를 만든다.|1800",
		"회사는 2027년까지 1800명을 채용한다.|1800",
		"입주 기업들은 지난해 124명의 신규 고용을 창출했다.|124",
		"참가자 가운데 250명가량이 실제 취업에 성공할 전망이다.|250",
		"단지가 완성되면 1만2000개의 일자리가 생긴다.|12000",
		"직접 고용 인원 350명을 포함해 지역 인재를 우선 뽑는다.|350",
		"고용 창출 효과는 2000명으로 추산된다.|2000",
		"현지 법인은 500명의 인력을 채용할 계획이다.|500",
		"올해 안에 200명을 새로 뽑는다.|200",
		"회사는 공장을 짓고 400명 규모로 신규 채용한다.|400",
		"가동 뒤에는 운영 인력 80명을 지역에서 뽑는다.|80",
		"센터가 문을 열면 상시 근로자 600명이 일하게 된다.|600",
		"증설에 맞춰 신규 인력 200명을 충원한다.|200",
	})
	void findsJobsCreatedOrPlanned(String sentence, long count) {
		assertEquals(List.of(count), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"공사 기간 지역 주민 50명을 우선 고용하기로 했다.|50",
		"다음 달부터 상담 인력 200명을 순차적으로 채용한다.|200",
		"지역 청년 10명을 센터 운영 인력으로 채용하기로 했다.|10",
		"경력자 30명을 생산직 사원으로 고용한다.|30",
		"사업이 끝나면 300명 이상의 새 일자리가 생긴다.|300",
		"회사는 120명의 새로운 일자리를 만든다.|120",
		"회사는 이 가운데 200명을 국내에서 새로 채용한다.|200",
		"확장이 끝나면 정비 인력 350명이 새로 필요하다.|350",
		"발전소 운영에는 상시 인력 35명이 필요하다.|35",
	})
	void findsJobsWithHowOrAsWhatTheyAreHiredBeforeTheVerb(String sentence, long count) {
		assertEquals(List.of(count), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"회사는 연구원 30명과 생산직 120명을 채용한다.|120 30",
		"정규직 150명, 비정규직 50명을 새로 채용한다.|50 150",
		"설계 인력 1,150명 및 시공 인력 50명을 뽑는다.|50 1150",
	})
	void findsEveryCountListedBeforeTheHiredOne(String sentence, String counts) {
		assertEquals(Arrays.stream(counts.split(" ")).map(Long::valueOf).toList(), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"구직자 300명과 기업 관계자 50명이 참석했다.", "구직자 300명과 기업 50곳이 채용 상담에 나섰다."})
	void findsNoListedCountsWithoutAHiredOne(String sentence) {
		assertEquals(List.of(), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"기존 협력사 직원 200명의 고용을 승계한다.",
		"회사는 직원 300명의 고용을 유지하기로 했다.",
		"구직자 100명을 대상으로 채용 설명회를 열었다.",
		"구직자 300명이 현장에서 채용 면접을 봤다.",
		"복구 작업에는 자원봉사자 100명이 필요하다.",
	})
	void findsNoJobsKeptOrMerelyNearAHiringWord(String sentence) {
		assertEquals(List.of(), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"협약식에는 도지사와 기업 대표 등 100여 명이 참석했다.",
		"채용박람회에 구직자 3000여명이 몰렸다.",
		"지난해 532명이 직무 교육을 마쳤다.",
		"청년 구직자 80명을 대상으로 교육 과정을 운영한다.",
		"인구 10만명의 도시가 새 산업단지를 조성한다.",
		"자원봉사자 150명이 복구 작업에 나섰다.",
		"이 회사는 임직원 5000명을 고용하고 있다.",
		"이 회사에는 현재 직원 450명이 근무하고 있다.",
		"공장 폐쇄로 300명이 일자리를 잃었다.",
		"사업에는 600개 기업이 참여해 고용이 26% 늘었다.",
		"장학생 40명에게 증서를 수여했다.",
	})
	void findsNoJobsInOtherCounts(String sentence) {
		assertEquals(List.of(), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"The plant is expected to create 300 jobs.|300",
		"The company will hire 1,200 people over five years.|1200",
		"The cluster will bring 1,800 new jobs to the city.|1800",
		"The operator will employ 500 workers once the site opens.|500",
		"It plans to recruit about 200 engineers by 2027.|200",
		"The project should create 3,000 direct and indirect jobs.|3000",
		"The factory will create jobs for 400 local residents.|400",
		"The city estimates a job-creation effect of 2,500.|2500",
		"Some 600 workers will be hired from the region.|600",
		"It is expected to generate some 1,000 high-quality jobs.|1000",
		"The firm will hire 150 this year.|150",
	})
	void findsEnglishJobsCreatedOrPlanned(String sentence, long count) {
		assertEquals(List.of(count), find(sentence));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
		"About 300 employees attended the ceremony.",
		"The plant employs 5,000 people.",
		"The company plans to cut 300 jobs.",
		"About 1,000 jobs were lost when the yard closed.",
		"The merger will save 200 jobs.",
		"More than 3,000 job seekers visited the fair.",
		"The city has a population of 100,000 people.",
		"Some 200 trainees completed the course.",
		"The employment effect of 5 percent was smaller than hoped.",
		"By 2030 jobs in AI will outnumber those in assembly.",
		"The company has hired 2 percent more staff.",
	})
	void findsNoJobsInOtherEnglishCounts(String sentence) {
		assertEquals(List.of(), find(sentence));
	}

	/** The hiring-word-then-count pattern is tried only up to a prefix and a space before each job noun. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
		"정규직 채용 300명을 계획한다.|300",
		"회사는 정규직 채용 300명, 청년 고용 50명을 약속했다.|300,50",
		"신규고용 120명과 일자리 40개가 생긴다.|120,40",
		"채용 박람회에서 고용 200명 규모가 논의됐다.|200",
		"일자리 창출 효과 1,500명과 신규 채용 30명|1500,30",
		"청년 채용은 없고 직접 고용 90명만 늘린다.|90",
		"고용고용 70명|",
	})
	void findsEachJobNounWithTheWordsBeforeIt(String sentence, String counts) {
		List<Long> expected = counts == null ? List.of()
			: Arrays.stream(counts.split(",")).map(Long::valueOf).toList();
		assertEquals(expected, find(sentence));
	}
}
