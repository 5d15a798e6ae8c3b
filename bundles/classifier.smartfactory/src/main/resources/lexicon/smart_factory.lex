# Cue lexicon of the smart_factory topic: smart factories and smart manufacturing (factory digital
# transformation, AI autonomous manufacturing, smart industrial complexes, smart-factory support
# programmes, lighthouse factories, a manufacturer putting smart-factory systems into its lines).
# Not: a plain new plant, a factory fire, an "AI factory" that is really a data center.
#
# Format: see data_center.lex in the data-center bundle, or org.newsradar.lexicon.Lexicon.

set mass 6

# --- named outright ----------------------------------------------------------------------------
cue 3   스마트 공장                       | group=sf
cue 3   스마트 팩토리                     | group=sf
cue 3   smart factory                     | group=sf
cue 3   스마트 제조                       | group=sf
cue 3   smart manufacturing               | group=sf
cue 3   등대 공장                         | group=sf
cue 3   lighthouse factory                | group=sf
cue 3   스마트 산단                       | group=sf
cue 3   스마트 산업 단지                  | group=sf
cue 3   스마트 그린 산단                  | group=sf
cue 3   스마트 그린 산업 단지             | group=sf
cue 2.5 산단 대개조                       | group=sf
cue 2.5 산업 단지 대개조                  | group=sf
cue 3   자율 제조                         | group=sf
cue 2.5 자율형 공장                       | group=sf
cue 2.5 자율 공장                         | group=sf
# "인공지능 기반 공장", "AI 기반 제조"
cue 2.5 re:(?:AI|인공\s?지능)\s?기반(?:의)?\s?(?:공장|제조|생산\s?라인)  | group=sf
# AI running production: "AI로 생산 계획과 품질을 관리"
cue 2   re:(?:AI|인공\s?지능)(?:로|으로)\s?(?:\S{1,6}\s)?(?:생산|품질|공정|설비)  | needs=mfg | group=sf
# a plant made smart, without naming what: "스마트화 지원을 받아 설비를 바꿨다"
cue 2   스마트화                          | needs=mfg | group=sf
cue 2.5 지능형 공장                       | group=sf
cue 2.5 제조 AI                           | group=sf
cue 2.5 제조 인공 지능                    | group=sf
cue 2   AI 공장                           | needs=mfg
cue 2   인공 지능 공장                    | needs=mfg
# (뿌리산업: casting, moulding, plating and the like, the base of manufacturing)
cue 2   re:(?:제조|뿌리)(?:업|\s?산업|\s?현장|\s?공정|\s?기업|\s?라인)?(?:의)?\s?(?:디지털\s?전환|디지털화|DX|AX|AI\s?전환|지능화|자동화|스마트화)  | group=sf
cue 2   re:(?:공장|공정|생산\s?라인|생산\s?설비|산업\s?단지|산단)(?:의)?\s?(?:스마트화|지능화|디지털\s?전환|디지털화|자동화)  | group=sf
# (its own entry: one more word after 공장/공정 and the phrase's texts are too many to tell, so it
# would be tried at every 공장)
cue 2   re:(?:공장|공정|생산\s?라인|생산\s?설비)(?:의)?\s?고도화  | group=sf
# inside the plant: "공장 내 물류 자동화" (its own entry, tried only where 자동화 follows)
cue 2   re:공장\s?(?:내|안)의?\s?(?:물류|설비|공정)?\s?자동화  | group=sf
# a manufacturer's AI or digital transformation by its trade names ("전 공장의 AX 전환"); apart from
# the phrase above, whose texts after 공장 would no longer be told with Latin ones among them
cue 2   re:(?:AX|DX)\s?전환                | needs=mfg | group=sf
# an industrial complex run on data and AI ("AI 산단", "인공지능 기반 산업단지"); not "AI 산업단지",
# which is most often a cluster of AI companies
cue 2.5 re:(?:AI|디지털|지능형)\s?산단|(?:AI|인공\s?지능|디지털)\s?기반\s?(?:산단|산업\s?단지)  | group=sf
# the policy name of factory digitalisation (스마트제조혁신): strong on its own
cue 2   제조 혁신                         | group=sf
# a factory that runs without people: "다크 팩토리", "무인 공장", "불 꺼진 공장"
cue 3   re:다크\s?팩토리|무인\s?(?:화\s?)?(?:공장|생산\s?라인)|불\s?꺼진\s?공장|lights[- ]out\s?factory  | group=sf
# a line or plant automated end to end: "로봇 조립 라인", "전 과정을 자동화한 신공장"
cue 2   re:자동화\s?(?:라인|생산\s?라인|조립\s?라인)|(?:로봇|무인|자동)\s?(?:조립|용접|생산|가공)\s?라인  | needs=mfg | group=sf
cue 2.5 re:자동화(?:한|된|를\s?마친)\s?(?:\S{1,6}\s)?(?:신\s?)?(?:공장|생산\s?라인|제조\s?라인|라인|공정)  | group=sf
# a private 5G network that runs a factory's machines
cue 2.5 re:이음\s?5G|5G\s?특화망|사설\s?5G|5G\s?스마트\s?공장  | needs=mfg | group=sf
# AI put into a plant's running: "고로 운전에 인공지능을 도입", "AI가 ... 스스로 조절"
cue 2   re:(?:인공\s?지능|AI)\S{0,3}\s?(?:\S{1,8}\s)?(?:도입|적용|접목)  | needs=mfg | group=sf
cue 2   re:(?:인공\s?지능|AI)(?:이|가)\s?(?:\S{1,10}\s){0,3}?(?:스스로|자동으로)  | needs=mfg | group=sf
# manufacturing-ICT convergence: "제조-IT 융합", "제조·AI 융합"
cue 2.5 re:제조(?:업|기업)?\s?[-·ㆍ/]?\s?(?:IT|ICT|AI|인공\s?지능|디지털)\s?(?:융합|접목|결합)  | group=sf
# AI put into production: "압연 공정에 AI 제어 도입", "AI 기반 품질 관리"
cue 2   re:(?:공정|생산\s?라인|생산\s?설비|제조\s?라인|제조\s?공정|생산\s?공정|압연\s?라인|조립\s?라인|도장\s?라인)(?:에|의|마다)?\s?(?:비전\s?)?(?:AI|인공\s?지능) | group=sf
cue 2   re:(?:AI|인공\s?지능)\s?(?:기반\s?)?(?:공정|품질\s?검사|품질\s?관리|품질\s?예측|비전\s?검사|불량\s?검출|불량\s?예측|고장\s?예측|생산\s?관리) | needs=mfg | group=sf

# --- smart-manufacturing technology, when the story is about making things ---------------------
cue 1.5 디지털 트윈                       | needs=mfg
# a twin of a factory or a line (a city, a port or a body has its digital twin too); separate
# entries, so that the one opening with 공장 is tried only in a text that holds 디지털 트윈
cue 2.5 re:디지털\s?트윈\s?(?:공장|팩토리|생산\s?라인|제조\s?라인)  | group=sf
cue 2.5 re:(?:공장|공정|생산\s?라인|제조\s?라인)\S{0,3}\s?(?:\S{1,6}\s)?디지털\s?트윈  | group=sf
cue 2.5 가상 공장                         | group=sf
cue 1.5 공정 자동화                       | needs=mfg
cue 1.5 생산 자동화                       | needs=mfg
cue 1.5 공장 자동화                       | group=sf
cue 1.5 제조 실행 시스템                  | group=sf
cue 1   MES                               | needs=mfg
cue 1.5 예지 보전                         | needs=mfg
# machines that report on themselves: sensors on the equipment, breakdowns told in advance
cue 2   re:(?:설비|기계|장비|라인|공정)(?:마다|에|의)?\s?(?:IoT\s?|사물\s?인터넷\s?|스마트\s?)?센서  | needs=mfg | group=sf
cue 1.5 re:설비\s?고장\S{0,2}\s?(?:\S{1,8}\s)?(?:미리|사전|예측|예지)  | needs=mfg
cue 1.5 생산 관리 시스템                  | needs=mfg
# a manufacturer putting a smart-factory system into its lines ("생산관리시스템(MES)과 자동 검사
# 장비를 도입"): the act, not the word, says what the story is about
cue 2.5 re:(?:MES|FEMS|생산\s?관리\s?시스템|제조\s?실행\s?시스템|공장\s?에너지\s?관리\s?시스템|예지\s?보전|(?:자동|비전|AI)\s?검사|협동\s?로봇|운반\s?로봇|AMR|AGV|무인\s?운반차)\S{0,6}\s?(?:\S{1,10}\s){0,3}?(?:도입|구축|적용|설치|연동|갖추|갖춘|들여|들이|들인)  | needs=mfg | group=sf
# production data gathered and analysed as it happens: "생산 데이터를 실시간으로 분석"
cue 2   re:(?:생산|공정|설비|가동)\s?(?:데이터|정보)\S{0,3}\s?(?:\S{1,10}\s){0,2}?(?:실시간|수집|분석|모니터링|학습)  | needs=mfg | group=sf
cue 1   자동화 설비                       | needs=mfg
cue 1   생산 데이터                       | needs=mfg
cue 1   공정 데이터                       | needs=mfg
cue 1   설비 데이터                       | needs=mfg
cue 1   불량률                            | needs=mfg
cue 1   협동 로봇                         | needs=mfg
cue 1   산업용 로봇                       | needs=mfg
# "AI factory" is left out on purpose: in Korean news it names GPU compute campuses (data centers)
# at least as often as factories; a real smart factory story has the cues above
cue 1   디지털 전환                       | needs=sf

# context markers: a manufacturing story
cue 0   제조                              | group=mfg
cue 0   공장                              | group=mfg
cue 0   생산 라인                         | group=mfg
cue 0   생산 설비                         | group=mfg
cue 0   공정                              | group=mfg
cue 0   re:(?:포장|조립|생산|제조)\s?라인  | group=mfg
cue 0   re:뿌리\s?(?:산업|기업)  | group=mfg
cue 0   re:제철소|제련소|조선소|정유\s?공장  | group=mfg
# the root industries by their trades: moulds, injection, casting, forging, plating, heat treatment
cue 0   re:금형|사출|주조|주물|단조|도금|열처리|철강|압연  | group=mfg
# robots put into a process or line ("포장 공정에 로봇 6대를 들였다"), and the programmes that do it
cue 2   re:(?:공정|생산\s?라인|조립\s?라인|라인)(?:에|마다)\s?(?:\S{1,6}\s)?로봇\S{0,6}\s?(?:\S{1,6}\s)?(?:도입|투입|들여|들였|들이|배치|설치)  | needs=mfg | group=sf
cue 2   re:(?:제조\s?)?로봇\s?전환           | needs=mfg | group=sf

# --- against: a plant that burns, a plain plant, a data center called a factory ---------------
neg 3   re:(?:공장|제조\s?시설|생산\s?시설)\S{0,3}\s?(?:\S{1,6}\s){0,3}?(?:큰\s)?(?:화재|불이|불[…,.]|불$|폭발)
neg 1.5 re:화재(?:가|로)?\s?(?:발생|진화|진압)
neg 1.5 화재 원인
neg 1.5 소방 당국
