# A small lexicon for the component tests.
cue 4 데이터 센터
cue 2 서버
neg 3 물류 센터
