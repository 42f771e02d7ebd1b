from lib import E,O
# Round-3 AG News gold items (test split), annotated BLIND: written only from the article texts
# (the candidate list /tmp/round3/agnews_candidates.txt, identical to lib.article('agnews', N)),
# shared/EVENTS.md, benchmarks/events-gold/README.md, lib.py and ann_extra_agnews.py (format/style
# example). No NewsNlp code, tests, docs, models, other benchmarks, git history or any extraction
# output was read or run.
#
# Candidates considered, in the given order (first 9 qualifying were to be taken; none rejected):
#   agnews-00213  accepted (Indian government clears the cricket tour of Bangladesh; its security
#                 delegation will go to Chittagong, a firm planned visit as in agnews-00958).
#   agnews-00571  accepted (seven safety groups protest to GM; GM pulls the ad).
#   agnews-00846  accepted (Darfur rebels accuse Khartoum, boycott and resume talks).
#   agnews-01084  accepted (Megawati warns ASEAN leaders while opening the ASEAN meeting).
#   agnews-01352  accepted (US forces clash with Shia militiamen across Iraq).
#   agnews-01668  accepted (EU foreign ministers agree conditional tighter sanctions on Myanmar).
#   agnews-02024  accepted (insurgents threaten to kill a kidnapped Briton).
#   agnews-02280  accepted (Iraq promises to release a woman prisoner; officials deny a link).
#   agnews-02833  accepted (police arrest a man who stabbed his parents).
# Not reached (9 already accepted): agnews-03210, 03517, 03928, 04208, 04422.
# Publish dates: chosen as the README says, from the event reported, the weekday words and the
# item's position in the file (cf. 393 -> 2004-08-23, 472 -> 08-23, 797 -> 08-28, 1298 -> 09-07,
# 1490 -> 09-09, 1943 -> 09-17, 1981 -> 09-17, 2558 -> 09-26, 2853 -> 09-30, 2911 -> 10-01).
# Note on agnews-00213: the date follows the item's position in the file (between 00143 and 00393,
# i.e. mid-August 2004) with "on Thursday" after the publish day; the real India tour of
# Bangladesh was in December 2004, so this date is uncertain, but every relative expression of the
# item ("today", "on Thursday") is resolved consistently against it.
A={}
A['agnews-00213']=('2004-08-18',[
 O('Government|Indian Government','clearance|clear|give|approve|go-ahead','Bangla tour|tour|Indian cricket team|team',z='headline'),
 E('Government|Indian Government|India','go-ahead|give|approve|clear|clearance|allow|permit','Indian cricket team|cricket team|Indian team|team',d='2004-08-18'),
 E('security delegation|delegation|Government|Indian Government','go|visit|travel|trip','Chittagong',m='planned',p='Chittagong'),
 O('Indian cricket team|cricket team|Indian team|team|India','tour|visit|play|match|Test','Bangladesh',m='planned',d='2004-08-19'),
 O('security delegation|delegation','assess|assessment','threat|threat perception',m='planned',p='Chittagong'),
],[],[["today","2004-08-18"],["on Thursday","2004-08-19"]])
A['agnews-00571']=('2004-08-25',[
 O('GM|General Motors','pull|pulls|withdraw',None,z='headline'),
 O('safety groups|groups','protest','GM|General Motors',z='headline'),
 E('seven safety groups|safety groups|groups','protest|protests','General Motors|GM|automaker'),
 E('General Motors|GM|automaker','pull|pulled|withdraw',None),
 O('seven safety groups|safety groups|groups|Protests','prompt|prompted|pressure','General Motors|GM|automaker'),
 O('officials|officials of the automaker|General Motors|GM|automaker','say|said',None),
],[],[])
A['agnews-00846']=('2004-08-29',[
 O('Sudan|Sudanese Government','talks|peace talks|resume','Darfur rebels|rebels',z='headline'),
 E('Darfur rebels|rebels|Sudanese Government|Government|Khartoum','talks|peace talks|resume|resumed|negotiate','Sudanese Government|Government|Khartoum|Darfur rebels|rebels'),
 E('Darfur rebels|rebels','boycott',None),
 E('Darfur rebels|rebels','accuse|accused','Khartoum|Sudanese Government|Government'),
 O('Khartoum|Sudanese Government|Government','kill|killing|killed','civilians',m='alleged'),
 O('Khartoum|Sudanese Government|Government','violate|violating|violation|ceasefire',None,m='alleged'),
],[],[])
A['agnews-01084']=('2004-09-03',[
 O('Megawati|President Megawati Soekarnoputri','kick off|kicks off|open|opened',None,z='headline'),
 E('President Megawati Soekarnoputri|Megawati|President','warn|warning|warned','ASEAN leaders|leaders|ASEAN|Association of Southeast Asian Nations',d='2004-09-03',p='Jakarta'),
 O('President Megawati Soekarnoputri|Megawati','open|opened|host|talks|meeting','ASEAN|members|Association of Southeast Asian Nations|ASEAN leaders',d='2004-09-03',p='Jakarta'),
 O('members|ASEAN|Association of Southeast Asian Nations','talks|meet|meeting|consult','members|ASEAN|Association of Southeast Asian Nations',d='2004-09-03',p='Jakarta'),
 O('ASEAN leaders|leaders|ASEAN','agree|agreed',None),
],[["Megawati Soekarnoputri","President","Indonesia"]],[["on Friday","2004-09-03"]])
A['agnews-01352']=('2004-09-08',[
 E('US forces|US|Shia militiamen|militiamen|militia','clash|clashes|fight|battle','Shia militiamen|militiamen|militia|US forces|US',d='2004-09-07',p='Iraq'),
 O('US forces|US|Shia militiamen|militiamen|militia|clashes','kill|killed|dead|leave|left','persons|US soldiers|soldiers|people',d='2004-09-07',p='Iraq'),
 O('officials','say|said',None,d='2004-09-08',p='Baghdad'),
],[],[["Sept. 8","2004-09-08"],["on Tuesday","2004-09-07"],["on Wednesday","2004-09-08"]])
A['agnews-01668']=('2004-09-13',[
 O('EU','increase pressure|increases pressure|pressure|increase','Myanmar',z='headline'),
 E('EU foreign ministers|foreign ministers|ministers|EU','agree|agreed|tighten|sanction|sanctions|threaten|threat|pressure','Myanmar',d='2004-09-13'),
 O('EU foreign ministers|foreign ministers|ministers|EU','tighten|sanction|sanctions','Myanmar',m='hypothetical'),
 O('Myanmar','improve|improve human rights',None,m='hypothetical'),
 O('EU|Asian countries','meeting|meet|meets','Asian countries|EU',d='2004-10-08',p='Vietnam',m='planned'),
],[],[["Monday","2004-09-13"],["Oct. 8","2004-10-08"]])
A['agnews-02024']=('2004-09-19',[
 O('Britain','do all we can|help|all we can','hostage',z='headline',p='Iraq'),
 E('insurgents','threaten|threatening|threat|kill','Briton|man|kidnapped Briton|hostage'),
 O('Prime Minister Tony Blair|Tony Blair|Blair|government|Britain','help|do all|doing all','Briton|man|kidnapped Briton|hostage'),
 O('Prime Minister Tony Blair|Tony Blair|Blair','say|said|has',None),
 O('Prime Minister Tony Blair|Tony Blair|Blair','respond|response|public response|avoid|avoided','insurgents',pol='negative'),
 O('insurgents','kidnap|kidnapped','Briton|man|hostage',p='Iraq'),
],[["Tony Blair","Prime Minister","United Kingdom"]],[])
A['agnews-02280']=('2004-09-22',[
 O('Iraq','promise|promises|release','women prisoners|prisoners|one',z='headline'),
 E('Iraq|Iraqi government','promise|promised|release','women prisoners|prisoners|high-profile women prisoners|one',d='2004-09-22'),
 O('Iraq|Iraqi government','release','women prisoners|prisoners|high-profile women prisoners|one',m='planned'),
 E('officials','deny|denied',None,d='2004-09-22'),
 O('militants','demand|demands',None),
 O('militants','kill|killed','American hostages|hostages|Americans',m='alleged'),
 O('militants','threaten|threatening|execute|threat','Briton'),
],[],[["Wednesday","2004-09-22"]])
A['agnews-02833']=('2004-09-30',[
 O('police','arrest|arrested','Man|man',z='headline'),
 O('Man|man','stab|stabbing|kill','elderly parents|parents',z='headline'),
 E('police','arrest|arrested|detain','Hideo Nakajima|Nakajima|middle-aged man|man'),
 E('Hideo Nakajima|Nakajima|middle-aged man|man','stab|stabbed|kill|fatally stabbed','parents|his parents'),
 O('Hideo Nakajima|Nakajima|middle-aged man|man','call|called','police',d='2004-09-29',m='alleged'),
 O('police','say|said',None),
],[],[["Wednesday","2004-09-29"]])
