# Cue lexicon of the data_center topic: the story is about one or more data centers (building,
# siting, attracting, investing in, opening, operating, powering, regulating, incidents).
#
# Format (read by org.newsradar.lexicon.Lexicon), one entry per line:
#   cue  WEIGHT PHRASE [| OPTION]...   evidence for the topic
#   neg  WEIGHT PHRASE [| OPTION]...   evidence against it
#   trap PHRASE                        cue matches inside it do not count
#   set  NAME VALUE                    a scoring setting (see org.newsradar.lexicon.Lexicon.Settings:
#                                      mass, title_factor, lead_factor, passing_factor, strong_weight...)
# Options: group=G1,G2 (what a match makes present), needs=G1,G2 (counts only when one of these
# groups is present in the story), in=title or in=body (where it matches), anchor (a match shows
# the story is about the topic wherever it stands).
# A literal PHRASE may be spaced in the text exactly where it has a space here ("데이터 센터"
# matches 데이터센터 and 데이터 센터), and any particle may follow it. "re:" starts a Java regular
# expression, matched on the text as written (Latin letters case-insensitively). A weight-0 cue
# only marks its groups as present, for cues that need them. Cues of weight 2 or more are strong:
# only they, in the title or the lead or across the body, make a story more than a passing mention.
# The score is 1 - 2^(-sum/mass): a weighed sum equal to mass scores 0.5, the default threshold.

set mass 6

# --- the facility, by name ---------------------------------------------------------------------
cue 3   데이터 센터                       | group=dc
cue 3   인터넷 데이터 센터                 | group=dc
# older and colloquial spellings: 데이타, 센타
cue 3   데이타 센터                       | group=dc
cue 3   데이터 센타                       | group=dc
cue 3   데이타 센타                       | group=dc
# IDC is also a market-research firm: the acronym counts only beside facility or data-center words
cue 3   IDC                               | needs=facility,dc
cue 3   AIDC                              | group=dc
# "AI DC", the trade's short name for a GPU data center (not 워싱턴 DC, DC 코믹스)
cue 3   re:AI\s?DC(?![a-z])                | group=dc
cue 3   data center                       | group=dc
cue 3   data centre                       | group=dc
cue 3   datacenter                        | group=dc
cue 2.5 하이퍼 스케일                     | group=dc
cue 2.5 hyperscale                        | group=dc
cue 2.5 코로케이션                        | group=dc
cue 2.5 colocation                        | group=dc
cue 2.5 AI 컴퓨팅 센터                    | group=dc
# a compute site by its planners' words: "AI 컴퓨팅 허브", "연산 단지"
cue 2.5 re:(?:컴퓨팅|연산)\s?(?:허브|단지|캠퍼스)  | group=dc
cue 2.5 슈퍼 컴퓨팅 센터                  | group=dc
cue 2.5 전산 센터                         | group=dc
# a disaster-recovery (backup) centre is a second data center; the government's own data centers
# go by the name of the agency that runs them
cue 3   재해 복구 센터                    | group=dc
cue 3   DR 센터                           | group=dc
cue 3   백업 센터                         | group=dc
cue 3   국가 정보 자원 관리원             | group=dc
cue 2.5 정부 통합 전산 센터               | group=dc
# a compute site named by what it does ("대규모 연산 시설")
cue 2.5 연산 시설                         | group=dc
cue 2.5 연산 센터                         | group=dc
# a server room hit by fire or outage
cue 2.5 re:전산실\S{0,3}\s?(?:화재|정전|장애|침수|마비)  | group=dc
cue 2   서버 팜                           | group=dc
cue 2   GPU 클러스터                      | group=dc
cue 2   GPU 팜                            | group=dc
cue 2.5 클라우드 리전                     | group=dc
cue 1   리전                              | needs=dc
cue 1.5 가용 영역                         | needs=dc

# a facility named by what it holds: a cloud centre or zone, floor space let to others' servers,
# a hall that computers, servers or GPUs will fill ("초고성능컴퓨터 6호기가 들어설 전용 센터")
cue 2.5 클라우드 센터                     | needs=facility | group=dc
cue 2.5 클라우드 존                       | needs=facility | group=dc
cue 2.5 re:상면\S{0,2}\s?임대             | group=dc
# the buildings of servers ("서버 건물 3개 동", "전산동")
cue 2.5 re:(?:서버|전산)\s?(?:건물|홀)|전산동  | needs=facility | group=dc
cue 2.5 re:(?:슈퍼\s?컴퓨터|초고성능\s?컴퓨터|서버|GPU)\S{0,5}\s?(?:\S{1,8}\s)?(?:들어설|들어서는|들어갈|수용할|수용하는|설치될|들일)\s?(?:\S{1,6}\s)?(?:센터|건물|시설|단지)  | group=dc
cue 1.5 re:슈퍼\s?컴퓨터|초고성능\s?컴퓨터  | group=compute

# the facility being built, sited, run or hit: the phrases an analyst would quote
cue 4   re:(?:데이[터타]\s?센[터타]|IDC|AIDC|AI\s?DC|컴퓨팅\s?센터|클라우드\s?(?:센터|존)|전산\s?(?:시설|센터))(?:[을를이가은는의]|\s)?\s?(?:신규\s?)?(?:건립|건설|구축|착공|준공|유치|조성|개소|개관|개장|오픈|문을\s?열|열었|연다|열고|열어|가동|운영|증설|설립|신설|투자|부지|화재|정전|장애|입주|기공|짓|캠퍼스|단지|클러스터|허브|매각|인수) | group=dc
# the same, a few words apart ("데이터센터 인프라에 7조 원을 투자")
cue 3.5 re:(?:데이[터타]\s?센[터타]|IDC|AIDC|AI\s?DC|컴퓨팅\s?센터|클라우드\s?(?:센터|존)|전산\s?(?:시설|센터))[^\s.]*(?:\s[^\s.]+){1,3}?\s(?:건립|건설|공사|구축|착공|준공|유치|조성|개소|개관|가동|증설|설립|신설|투자|매각|인수|짓)[^\s.]*\s?(?:했|한다|하기로|할|하는|에\s나|을|를|했다|키로|된다|됐다|한|중) | group=dc

# "AI factory" compute campuses count when the story builds, runs or powers one (not a keynote's
# vision of "AI factories")
cue 2.5 AI 팩토리                         | needs=facility
cue 2.5 AI factory                        | needs=facility

# facility words: a building full of servers being built, run, powered or filled
cue 0   re:착공|준공|건립|부지|상면|코로케이션|입주|증설|가동|구축|설립|신설|조성|전력|냉각|수전|변전소|\d\s?(?:MW|㎿|메가\s?와트) | group=facility

# --- a compute facility described without its name (recall) ----------------------------------
cue 1.5 전산 시설                         | group=compute
cue 1   GPU                               | group=compute
# a GPU count is a cluster that a building must house ("GPU 5만 장")
cue 2   re:GPU\s?\d[\d,.]*\s?(?:만|천)?\s?(?:장|개|대)  | group=compute
cue 1   그래픽 처리 장치                  | group=compute
cue 1   서버                              | group=compute
# a server count is a hall that houses them ("서버 8만 대를 수용")
cue 2   re:서버\s?(?:랙\s?)?\d[\d,.만천]*\s?(?:여\s?)?(?:대|개|랙)  | group=compute
cue 1.5 엑사 플롭스                       | group=compute
cue 1.5 페타 플롭스                       | group=compute
cue 1.5 연산 성능                         | group=compute
cue 1.5 액침 냉각                         | group=compute
cue 1   PUE                               | group=compute
cue 1   수전 용량                         | needs=dc,compute
cue 1   re:\d[\d,.]*\s?(?:MW|㎿|메가\s?와트|GW|기가\s?와트)급?  | needs=dc,compute
cue 0.5 전력 공급                         | needs=dc
cue 0.5 냉각                              | needs=dc

# --- traps: the words inside other things -------------------------------------------------------
# research and analysis "centers" are not data centers
trap 빅데이터 센터
# a university's "data center" is a place of analysis and teaching
trap re:(?:대학|교내)\S{0,4}\s?['‘“"]?(?:AI\s?)?데이[터타]\s?센[터타]
# a data center of a subject (해양 데이터센터, 의료 데이터센터) collects and analyses that
# subject's records: an analysis centre, not a server facility
trap re:(?:해양|기상|농업|농식품|의료|보건|헬스\s?케어|임상|유전체|교통|관광|환경|기후|산림|수산|문화|교육|법률|특허)\s?데이[터타]\s?센[터타]
trap 공공 데이터 센터
# a manufacturing-data platform of the smart-factory programme
trap 제조 데이터 센터
trap re:데이[터타]\s?센[터타]\s?장
# a data center as an example of a kind ("데이터센터 등 전력 수요가 많은 첨단산업")
trap re:(?:AI\s?)?데이[터타]\s?센[터타]\s등\s
# IDC the market-research firm
trap re:(?:조사|리서치|분석|컨설팅)\s?(?:업체|기관|회사|기업|전문\s?기관)(?:인|인\s)?\s?(?:한국\s?)?IDC
trap re:한국\s?IDC
trap re:IDC\s?(?:코리아|korea)
trap re:IDC(?:에\s?따르면|의\s?(?:조사|보고서|자료|분석|전망|집계|리포트)|(?:는|가)\s[^.\n]{0,80}(?:전망|예상|예측|집계|분석|추산|내다봤|밝혔|설명했))
trap re:IDC\s?(?:는|가)?\s?[:"“'‘]
trap re:IDC\s?(?:\S{1,12}\s)?(?:부사장|연구\s?이사|연구원|애널리스트|분석가|보고서|리포트|트래커|전망|조사)
neg 2   출하량
neg 1   점유율
trap re:International\s+Data\s+Corp
# a data center named in a list of industries, or as a market for chips and equipment
trap re:(?:반도체|이차\s?전지|2차\s?전지|배터리|바이오|원전|원자력|수소|방산|로봇|조선|자동차|모빌리티|우주\s?항공|미래차|전기차|에너지|통신|스마트\s?시티)\s?[·,、ㆍ/]\s?(?:AI\s?)?(?:데이[터타]\s?센[터타]|IDC)
trap re:(?:AI\s?)?(?:데이[터타]\s?센[터타]|IDC)\s?[·,、ㆍ/]\s?(?:반도체|이차\s?전지|2차\s?전지|배터리|바이오|원전|원자력|수소|방산|로봇|조선|자동차|모빌리티|우주\s?항공|미래차|전기차|에너지|통신|스마트\s?시티)
trap re:데이[터타]\s?센[터타]\s?(?:용|향)\s?(?:반도체|메모리|HBM|SSD|D램|낸드|칩|제품|솔루션|서버|전력\s?기기|변압기|케이블|냉각\s?(?:장치|시스템|솔루션)|부품|장비)
trap re:데이[터타]\s?센[터타]\s?(?:반도체|메모리|칩|CPU|GPU|가속기|SSD|D램|낸드)
# a company's "data center" business segment (chip makers, cloud vendors' earnings)
trap re:데이[터타]\s?센[터타]\s?(?:부문|사업부|매출)
# a profession or a course ("데이터센터 엔지니어 양성 과정"), and a data center's staff as the
# people who do something else (volunteer, play sports): not the facility
trap re:데이[터타]\s?센[터타]\s?(?:운영\s?)?(?:엔지니어|전문가|전문\s?인력|기술자|관리자|자격증?|아카데미|직무)
trap re:데이[터타]\s?센[터타]\s?(?:임직원|직원|봉사단|사우)
# what is sold to data centers and who sells it: products, suppliers, operators as customers
trap re:데이[터타]\s?센[터타]\s?(?:냉각|전력|보안|관리)\s?(?:솔루션|기술|장비|모듈|제품|스타트업|업체|기업)
trap re:데이[터타]\s?센[터타]\s?(?:운영|건설|설계)\s?(?:사|업체|기업)(?:들)?\s?(?:\S{1,6}\s)?(?:곳|등|와|과|에|을|를)
neg 1.5 re:시리즈\s?[A-D]|벤처\s?캐피털
neg 2   양성 과정
neg 1.5 교육 과정
neg 1.5 수료생
neg 1.5 re:봉사|성금|기탁|장학금|연탄|이웃\s?돕기

# a chip, stock or earnings story that names data centers as the market it sells to
neg 1   HBM
neg 1   D램
neg 1   낸드
neg 1   메모리 반도체
neg 1   목표 주가
# (not 수주가, orders won; the look-behind stands after the literal so matching keeps its fast path)
neg 1   re:주가(?<!수주가)
neg 1   re:연구원은
neg 1   증권
neg 1   종목
neg 1.5 신고가
trap re:데이[터타]\s?센[터타]\s?(?:관련\s?)?(?:주|株|종목|테마)(?![가-힣])

# demand from data centers drives chip, power-equipment and cooling stories: a market, not a facility
trap re:(?:AI\s?)?데이[터타]\s?센[터타]\s?(?:용|향)?\s?(?:수요|시장|투자\s?확대|붐|호황|특수|업계)
