package org.newsradar.facts.korea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobFinderTest {
	private final JobFinder jobs = new JobFinder(Cues.standard());

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
	})
	void findsJobsCreatedOrPlanned(String sentence, long count) {
		assertEquals(List.of(count), jobs.find(sentence));
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
		"공장 폐쇄로 300명이 일자리를 잃었다.",
		"사업에는 600개 기업이 참여해 고용이 26% 늘었다.",
		"장학생 40명에게 증서를 수여했다.",
	})
	void findsNoJobsInOtherCounts(String sentence) {
		assertEquals(List.of(), jobs.find(sentence));
	}
}
