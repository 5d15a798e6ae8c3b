# Cue lexicon of the csr_event topic: a concrete social-contribution activity by a company, bank,
# public enterprise or other organisation (volunteering, donations of money or goods,
# sponsorships, scholarships, disaster relief, community programmes).
# Not: an ESG rating, a sustainability report, a government welfare policy, a city recruiting
# volunteers, political donations, court-ordered community service, and words that merely
# contain 기부/봉사 (시기부터, 등기부).
#
# Format: see data_center.lex in the data-center bundle, or org.newsradar.lexicon.Lexicon.

set mass 6

# --- the activity, named -------------------------------------------------------------------------
# a story that says outright that its subject is a social-contribution programme
cue 6   re:사회\s?공헌\s?(?:사업|활동|프로그램)(?:으로|의\s?일환|\s?차원)  | group=csr | anchor
cue 3   사회 공헌                         | group=csr
cue 3   봉사 활동                         | group=csr
cue 3   봉사단                            | group=csr
cue 2.5 자원 봉사                         | group=csr
cue 2.5 재능 기부                         | group=csr
cue 2   봉사                              | group=csr
cue 2.5 re:기부(?=금|했|한|하|를|을|의|액|처|자|로|와|에|도|는|가|\s|[.,'"’”)·]|$) | group=csr
cue 3   성금                              | group=csr
cue 3   기탁                              | group=csr
cue 3   쾌척                              | group=csr
cue 3   교육 기부                         | group=csr
cue 3   구호금                            | group=csr
cue 3   구호 물품                         | group=csr
cue 2.5 구호 키트                         | group=csr
cue 2   구호                              | needs=csr,actor
cue 3   장학금                            | group=csr
cue 2.5 장학생                            | group=csr
cue 2.5 장학 증서                         | group=csr
cue 2   장학 재단                         | group=csr
cue 2.5 장학 기금                         | group=csr
# an organisation's people mending the homes of those in need
cue 2.5 집 수리                           | needs=actor | group=csr
cue 2.5 집 고치기                         | needs=actor | group=csr
cue 2.5 사랑의 집                         | needs=actor | group=csr
# wallpaper and floors put in (not a board 도배됐다 with comments, not 시장판도)
cue 1.5 re:도배(?:와|를|하고|했|작업|지)     | needs=csr,actor
cue 1.5 re:장판(?<!시장판)                 | needs=csr,actor
cue 1.5 보일러 수리                       | needs=csr,actor
cue 1.5 단열 공사                         | needs=csr,actor
cue 3   이웃 돕기                         | group=csr
cue 2.5 나눔                              | group=csr
cue 2   후원금                            | group=csr
cue 1.5 후원                              | group=csr
cue 2   위문품                            | group=csr
cue 2   위문                              | group=csr
cue 2   물품 전달                         | group=csr
# goods or money handed over by an organisation: "생필품도 전달했다", "쌀 200포를 기탁했다",
# "선풍기와 여름 이불을 전달했다", "생수 2만 병과 컵라면 5천 개를 보냈다"; once an organisation
# does it, the story is about giving (group csr), so the words around it count as well
cue 2.5 re:(?:생필품|생활\s?용품|물품|쌀|라면|생수|식료품|의약품|마스크|연탄|김치|선물|꾸러미|위문품|후원품|기부금|성금|장학금|난방비|훈련비|학습비|도서|노트북|선풍기|이불|방한\s?용품|냉난방\s?용품|교복|유니폼|학용품|장난감|간식|도시락|반찬|치료비|의료비|수술비|생활비|학자금|등록금|교육비|(?:겨울\s?)?옷|의류|외투|패딩|신발|안경|가방|자전거|PC|컴퓨터|태블릿|상품권|차량)\S{0,3}\s?(?:\S{1,8}\s){0,2}?(?:전달|기탁|기증|후원|전했|전하|건넸|보냈|보내|선물했|지원|제공|내놨|내놓)  | needs=actor | group=csr
# money handed over: "500만 원을 전달했다", "200만 원을 함께 건넸다"
cue 2.5 re:\d(?:[\d,.천백만억]|\s(?=\d))*\s?원(?!대)(?:\s?상당)?(?:을|를|씩)?\s?(?:\S{1,10}\s){0,3}?(?:전달|기탁|기부|기증|쾌척|출연|내놓|내놨|건넸|전했)  | needs=actor | group=csr
# the proceeds of a sale or bazaar given away
cue 2.5 re:수익금\S{0,3}\s?(?:\S{1,10}\s){0,5}?(?:전달|기탁|기부|기증|쾌척|건넸|전했|보탰|쓰인다|쓰일)  | needs=actor | group=csr
cue 1.5 바자회                            | needs=actor,csr
# helping hands on farms and in disaster areas: "일손을 보탰다", "수확을 도왔다", "사과 따기를
# 도왔다"; an organisation's people doing it is the giving itself
cue 3   re:일손\S{0,3}\s?(?:돕|도와|도왔|보태|보탰|거들)  | needs=actor | group=csr
cue 2   re:(?:수확|모내기|농작업|영농|복구\s?작업|청소|배식|김장|따기|캐기|심기|줍기)\S{0,2}\s?(?:을|를)?\s?(?:도왔|도와|돕는|거들)  | needs=actor | group=csr
cue 2   전달식                            | group=csr
# care given free by an organisation's people
cue 2.5 re:무료\s?(?:진료|검진|급식|배식|수리|집수리|이발|미용|시술|수술)  | group=csr
# given free by an organisation: "안경을 무료로 맞춰 준다", "무료 금융교육"
cue 2.5 re:(?:무료|무상)(?:로|으로)?\s?(?:\S{1,8}\s)?(?:지원|제공|나눠|맞춰|설치|시공|전수)  | needs=actor | group=csr
cue 2.5 re:무료\s?(?:금융\s?)?교육  | needs=actor | group=csr
# an organisation's people visiting those in need: "직원들이 섬마을 초등학교를 찾아", "봉사단, 보육원 찾아"
cue 2   re:(?:임직원|직원|봉사단|사원)(?:들)?(?:이|은|,)?\s?(?:\S{1,12}\s){0,4}?\S{0,10}(?:학교|분교|어린이집|마을|과수원|농장|해안|해변|바닷가|하천|복지관|경로당|보육원|아동\s?센터|요양원|쪽방촌|농가|어르신\s?댁|가정)\S{0,3}\s?찾아  | needs=csr | group=csr
cue 2   자선                              | group=csr
cue 3   기증                              | group=csr
cue 2   헌혈                              | needs=csr,actor
cue 2   결연                              | needs=csr,actor
cue 2   사회 복지 공동 모금회             | group=csr
cue 2   사랑의 열매                       | group=csr
cue 2   희망 브리지                       | group=csr
cue 2   적십자                            | needs=csr
cue 2   푸드 뱅크                         | group=csr
cue 2   사랑의                            | needs=csr,actor

# --- the activity, described (recall without the canonical word) --------------------------------
cue 2   연탄                              | needs=csr,actor
cue 2   김장                              | needs=csr,actor
cue 1.5 소외 계층                         | group=csr
cue 1.5 취약 계층                         | group=csr
cue 1.5 저소득                            | needs=csr,actor
cue 1.5 독거 노인                         | needs=csr,actor
cue 1.5 홀몸 어르신                       | needs=csr,actor
cue 1.5 홀몸 노인                         | needs=csr,actor
cue 1.5 독거 어르신                       | needs=csr,actor
cue 1.5 말벗                              | needs=csr,actor
cue 1.5 이재민                            | needs=csr,actor
# who receives: welfare institutions and their people
cue 1.5 re:(?:아동|노인|장애인|사회)\s?복지\s?(?:시설|관|센터)|보육원|그룹\s?홈|지역\s?아동\s?센터|무료\s?급식소|쪽방촌|양로원|경로당|환아|소아암|결식\s?아동|(?:다문화|한부모|조손)\s?(?:가정|가족)  | needs=csr,actor
# handing out in person: "나눠 줬다", "전해 드렸다"
cue 1.5 re:(?:나눠|전해|건네)\s?(?:줬|주었|준다|주고|드렸|드리|드린)|나눴다|나누었다  | needs=csr,actor
cue 1.5 복구 지원                         | needs=csr,actor
cue 1.5 일손                              | needs=csr,actor
cue 1.5 구슬땀                            | needs=csr,actor
# an organisation's people cleaning a beach, stream or mountain for the community
cue 2   환경 정화                         | needs=actor | group=csr
cue 2   정화 활동                         | needs=actor | group=csr
cue 2   플로깅                            | needs=actor | group=csr
cue 1   re:쓰레기\S{0,3}\s?(?:\S{1,8}\s)?(?:줍|주웠|주워|수거|치웠|치우)  | needs=actor,csr
# one company adopts one stream, village, school...: a standing corporate programme
cue 2.5 re:1\s?사\s?1\s?(?:하천|촌|산|교|공원|학교|병영|섬)  | group=csr
# disaster relief: "수해 현장서 복구", "산불 피해 복구"
cue 2.5 re:(?:수해|침수|산불|폭우|호우|태풍|폭설|지진|재난|재해|유출)\S{0,6}\s?(?:\S{1,12}\s)?(?:복구|구호|방제)  | needs=actor,csr
# cleaning up a spill: "방제 작업을 벌였다" (pest control is 방제 too, hence the need for giving)
cue 2   re:방제\s?(?:작업|활동|봉사)        | needs=actor,csr
cue 1.5 상생                              | needs=csr
cue 1   동반 성장                         | needs=csr
# who acts: a company, bank, public enterprise or other organisation and its people (context for
# activity words that are CSR only when an organisation does them: 헌혈, 김장, 연탄, 일손)
cue 0   re:직원|사원|회사|기업|업체|본사|가맹\s?본부|계열사|은행|신협|새마을\s?금고|공사|공단|재단|그룹|조합|협회|병원|의료원|의료진|㈜  | group=actor

# --- traps: words that contain the cue words ------------------------------------------------------
trap 등기부
# the government's hometown-donation tax scheme: individuals give to a local government for
# rewards, promoted by cities; not an organisation's social contribution
trap re:고향\s?사랑\s?(?:기부|e음|이음)
# ministries abbreviated: 중소벤처기업부 = 중기부, 과학기술정보통신부 = 과기부
trap re:(?:중|과)기부
trap re:기부\s?채납
trap 봉사료
# kimchi-making season and prices, protest slogans, inter-city ties, the state's student grants
trap re:김장\s?(?:철|비용|재료|물가|시즌|수요|배추|채소|값|가격|대란)
trap re:구호\S{0,3}\s?(?:외치|외쳤|적힌|내걸)
trap re:적십자\s?(?:회담|회비)
trap re:국가\s?(?:근로\s?)?장학금
# organ, body and heritage donations are individuals' acts
trap re:(?:장기|시신|조혈모\s?세포|각막|유물|소장품)\s?기증
# a public volunteer centre is an organisation's name, not an activity
trap 자원 봉사 센터
trap re:사회\s?봉사\s?(?:명령|\d+\s?시간)
trap re:\d+\s?시간(?:의)?\s?사회\s?봉사
# a student's record of volunteer hours is paperwork, not an activity
trap re:봉사\s?(?:활동\s?)?(?:확인서|인증서|실적)
trap re:사회\s?봉사\S{0,2}\s?(?:명령|명했|명하|이행)
trap 달성금
trap 결성금
trap re:정치\s?후원금
trap re:(?:주최|주관)\s?[,·ㆍ/]?\s?(?:\S{1,20}\s)?후원
# an official who promises to serve the citizens is not volunteering
trap re:(?:시민|도민|군민|구민|주민|국민|지역민)\S{0,4}\s?(?:\S{1,6}\s)?봉사하
trap re:봉사하는\s?(?:자리|시정|도정|군정|구정|의정|공직|행정|공복|일꾼|리더)
# 재해복구 in computing: a backup system or centre
trap re:재해\s?복구\s?(?:\(?DR\)?\s?)?(?:센터|시스템|체계|훈련|모의)
# gifts and bonuses to a company's own staff are pay, not giving
trap re:(?:임직원|직원|사원|근로자)\s?(?:\d[\d,]*\s?명)?(?:들)?(?:에게|에|께)\s?(?:\S{1,10}\s){0,2}?(?:선물|상품권|성과급|격려금|상여금)
neg 1.5 성과급
neg 1.5 상여금
# election law: a candidate's gifts to voters are illegal 기부행위
trap re:기부\s?행위

# --- against: politics, courts, ratings, reports, public welfare, recruiting --------------------
# an individual as the giver, not an organisation: the anonymous "angel", the benefactor, an
# entertainer's own gift (배우 only as a word of its own, not 배우다)
neg 3   re:가수|방송인|개그맨|개그우먼|코미디언|아이돌|유튜버|인플루언서|(?<![가-힣])배우(?=[\s,])  | in=title
neg 3   re:익명(?:의|으로)?\s?(?:기부|기탁|후원|성금|독지가|천사)|얼굴\s?없는\s?(?:천사|기부|기탁)|기부\s?천사|독지가
neg 3   정치 자금
neg 3   후원회
neg 2   re:(?:국회\s?의원|의원|후보|정당|선거)\S{0,3}\s?(?:\S{1,12}\s)?후원
neg 3   re:사회\s?봉사\s?(?:명령|\d+\s?시간)
neg 2   집행 유예
neg 2   피고인
neg 2   보호 관찰
neg 1.5 재판부
neg 1.5 판사
neg 2   징역
neg 1.5 벌금
neg 1.5 선고
neg 3   ESG 평가
neg 3   ESG 등급
neg 2   지속 가능 경영 보고서
neg 2   지속 가능성 보고서
neg 2   통합 보고서
# surveys and totals of giving: statistics, not an activity
neg 2   re:(?:사회\s?공헌|기부)\s?(?:지출|실적|총액)
neg 2   조사 결과
neg 1.5 re:응답\s?(?:기업|자|한)
neg 1.5 보고서
neg 1   등급
neg 3   re:(?:자원\s?)?봉사자(?:를|을)?\s?(?:\S{1,12}\s)?(?:모집|모읍)
neg 1.5 모집
neg 3   re:봉사자\s?(?:기본\s?)?(?:교육|양성|모집)
neg 1.5 re:신청(?:은|을|하면|받는다|접수)
neg 2   복지 정책
# government as the actor: a city, province, county or ministry handing out its own aid is a
# welfare policy, not an organisation's social contribution
neg 4   re:^[가-힣]{0,6}(?:시|군|구|도|청|정부|(?<!본)부)\s?[,·]  | in=title
neg 1.5 re:(?<![가-힣])(?:시|군|구|도|정부|행안부|복지부)(?:는|가|은|도)\s
neg 1.5 re:주민\s?센터|행정\s?복지\s?센터|읍면동
# a politician as the giver: the act of a person in office, not of an organisation
neg 4   re:^[가-힣]{2,4}\s?(?:국회\s?)?(?:의원|시장|군수|구청장|도지사|지사|교육감|후보|예비\s?후보)\s?[,·]  | in=title
# the office itself as the giver ("구청장, 취약계층에 ...", "한 구청이 ... 전달했다")
neg 4   re:^(?:시장|구청장|군수|도지사|교육감|구청|시청|군청|도청)\s?[,·]  | in=title
neg 1.5 re:(?:구청|시청|군청|도청)(?:이|은|는|가)\s
# a fundraising drive watched and urged on (its progress, citizens asked to join): a campaign, not a gift
neg 2   re:모금\s?(?:현황|실적|목표|창구|상황)|(?:참여|동참)(?:를|을)?\s?(?:당부|호소|독려)
neg 1.5 re:국회\s?의원|(?:시|도|군|구)의원|세비
neg 2   특별 재난 지역
# legislation about volunteering or giving is not an activity
neg 2.5 조례
neg 1.5 개정안
neg 1.5 re:(?:시|도|군|구)의회
# crime around charity: fraud, embezzlement, impersonation
neg 2   re:(?:사칭|사기|피싱|횡령|편취|빼돌|가로채|가로챈|혐의|구속|기소|입건|허위|위조|적발|수사\s?의뢰)
neg 1.5 기초 생활 수급
# (예산군 is a county)
neg 1.5 re:국비|시비|도비|군비|예산(?!군)
neg 2   re:기부\s?채납
neg 2   고향 사랑
neg 2   답례품
neg 1.5 세액 공제
neg 2   연말 정산
neg 1.5 영수증
