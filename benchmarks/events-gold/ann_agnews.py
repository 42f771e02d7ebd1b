from lib import E,O
A={}
A['agnews-00034']=('2004-08-15',[
 E('U.S. troops|US troops|troops','roll|roll back|enter|advance','Najaf',d='2004-08-15',p='Najaf'),
 O('talks','collapse',None,d='2004-08-14'),
 O('U.S. troops|troops','fight|fighting','Najaf',p='Najaf'),
],[],[["Sunday","2004-08-15"],["a day after","2004-08-14"]])
A['agnews-00174']=('2004-08-18',[
 O('rebels|Maoist rebels','threat|threaten','Katmandu|roads',z='headline'),
 E('Maoist rebels|rebels','threaten|threatened',None,p='Nepal'),
 E('Maoist rebels|rebels','blockade|cut off|isolate','Katmandu',d='2004-08-18',p='Katmandu'),
 O('Maoist rebels|rebels','press|demand','government'),
],[],[["Wednesday","2004-08-18"]])
A['agnews-00472']=('2004-08-23',[
 O('Yasser Arafat|Arafat','meet|meets','Gaza critic|critic|security minister',z='headline'),
 E('former Palestinian security minister|security minister|minister|Yasser Arafat|Arafat','meet|meeting|hold','Yasser Arafat|Arafat|security minister|minister',d='2004-08-23'),
 O('officials','say',None),
 O('Israel|Israeli','pullout|withdraw','Gaza',m='planned'),
],[],[["Monday","2004-08-23"]])
A['agnews-00797']=('2004-08-28',[
 O("militia|al-Sadr|Sadr",'fight|fighting','US forces|U.S.',z='headline',p='Baghdad'),
 E("US forces|U.S. forces|militia|al-Sadr|Sadr",'battle|battled|fight','militia|al-Sadr|Sadr|US forces|U.S. forces',d='2004-08-28',p='Baghdad'),
 O('US-Iraqi troops|troops|militia','truce|fighting','militia|troops',p='Najaf'),
],[["Muqtada al-Sadr","radical Shiite cleric","Iraq"]],[["Saturday","2004-08-28"]])
A['agnews-01298']=('2004-09-07',[
 O('Iraqi fighters|Iraqis','clash|clashes|kill','U.S. soldier|U.S. troops',z='headline',p='Baghdad'),
 E('Iraqi fighters|fighters','battle|battled|fight','U.S. troops|US troops|troops',d='2004-09-07',p='Baghdad'),
 O("Moqtada al-Sadr|al-Sadr|Sadr",'call|cease-fire',None),
 O('Iraqi fighters|fighters','threaten|wreck','cease-fire',m='hypothetical'),
],[["Moqtada al-Sadr","rebel Shi'ite cleric","Iraq"]],[["Tuesday","2004-09-07"]])
A['agnews-01981']=('2004-09-17',[
 O('Sudan','accuse|blame','U.S.|United States',z='headline'),
 E('Sudan|Khartoum','blame|accuse','United States|U.S.',d='2004-09-17',p='Abuja'),
 E('Khartoum|Sudan|Darfur rebels|rebels','talks|negotiate','Darfur rebels|rebels|Khartoum|Sudan',p='Abuja'),
 O('African Union mediators|mediators','say',None),
 E('Khartoum|Sudan|Darfur rebels|rebels|African Union','resume|negotiations|talks','Darfur rebels|rebels|Khartoum|Sudan',d='2004-10',m='planned'),
],[],[["Friday","2004-09-17"],["October","2004-10"]])
A['agnews-02482']=('2004-09-25',[
 O('Israel|Israeli army','destroy','homes|refugee',z='headline'),
 O('Israel|Israeli army','kill','one|Palestinian',z='headline'),
 O('mortar|mortar round','kill','Israeli-American woman|woman',d='2004-09-24'),
 O('Israeli army|army|Israel','charge|raid|enter','refugee camp|Palestinian',d='2004-09-25',p='Gaza'),
 E('Israeli army|army|Israel','kill|killing',None,d='2004-09-25',p='Gaza|refugee camp'),
 E('Israeli army|army|Israel','tear down|destroy|demolish',None,d='2004-09-25',p='Gaza|refugee camp'),
 O('witnesses|U.N. aid official|official','say',None),
],[],[["Saturday","2004-09-25"],["A day after","2004-09-24"]])
A['agnews-02853']=('2004-09-30',[
 O('Palestinians|Israelis','die|fighting','Israelis|Palestinians',z='headline',p='Gaza'),
 O('Palestinians|Israelis|Israel','kill|killed','Palestinians|Israelis',d='2004-09-30',p='Gaza'),
 E("Israel's army|Israeli army|army|Israel",'strike|strike back|struck back','Palestinians|Gaza',d='2004-09-30',p='Gaza'),
 O('rocket attack|militants','kill','Israeli children|children',p='border town'),
],[],[["Thursday","2004-09-30"]])
A['agnews-03301']=('2004-10-06',[
 O('soldiers|Guinea-Bissau soldiers','stage|mutiny','army|Army Chief',z='headline'),
 O('soldiers|Guinea-Bissau soldiers','kill','Army Chief|commander',z='headline'),
 E('mutinous soldiers|soldiers','kill|killed','commander|army chief|armed forces',d='2004-10-06'),
 E('mutinous soldiers|soldiers','seize|seized',None,d='2004-10-06'),
 O('mutinous soldiers|soldiers','demand','pay'),
],[],[["Wednesday","2004-10-06"]])
A['agnews-03992']=('2004-10-18',[
 O('EU ministers|ministers','back|support','digital passports',z='headline'),
 E('interior ministers|ministers','agree|adopt',None,p='Florence'),
 O('interior ministers|ministers','talks|deadlock',None,d='2004-10-18',p='Florence'),
 O('officials','say',None),
],[],[["Monday","2004-10-18"]])
A['agnews-04246']=('2004-10-21',[
 O('court|prosecutors','charge','officers|Nigerian Military Officers',z='headline'),
 O('court|prosecutors|court documents','accuse','officers|civilian',d='2004-10-21'),
 E('Nigerian military officers|officers|civilian','plot|overthrow','Olusegun Obasanjo|Obasanjo|President',m='alleged'),
 O('officers|civilian','fire|firing','Obasanjo|helicopter',m='alleged'),
],[["Olusegun Obasanjo","President","Nigeria"]],[["Thursday","2004-10-21"]])
A['agnews-05112']=('2004-11-05',[
 O('Putin','sign|sign up','Kyoto pact|Kyoto|Russia',z='headline'),
 E('Putin','sign|signed',None,d='2004-11-04'),
 O('Kremlin','say',None),
 O("chambers|parliament|Russia's parliament",'approve|ratify|ratification',None,d='2004-10'),
 O('Putin','point',None),
],[],[["Thursday","2004-11-04"],["last month","2004-10"]])
A['agnews-05770']=('2004-11-14',[
 O('Iran','agree|freeze','nuclear enrichment',z='headline',m='alleged'),
 E('Iran','agree|suspend',None,m='alleged'),
 O('Western diplomat|diplomats|diplomat','say',None,d='2004-11-14'),
],[],[["today","2004-11-14"]])
A['agnews-06348']=('2004-11-15',[
 O('Microsoft rivals|rivals','quit',None,z='headline'),
 E('judge','call|meeting|hearing',None,d='2004-11-18'),
 E('Microsoft|Microsoft Corp.','appeal','European Union|EU'),
 E('European Union|EU','sanction|sanctions','Microsoft|Microsoft Corp.'),
 O('judge','decide',None,m='planned'),
],[],[["Thursday","2004-11-18"]])
A['agnews-06983']=('2004-12-07',[
 O('UN|United Nations|UN Security Council','demand','Rwanda',z='headline'),
 E('UN Security Council|Security Council|UN','condemn|condemned','Rwanda',d='2004-12-07'),
 E('UN Security Council|Security Council|UN','demand|demanded','Rwanda',d='2004-12-07'),
 O('Rwanda','military action|actions','Democratic Republic of Congo|DRC',m='alleged',p='DRC'),
],[],[["Tuesday","2004-12-07"]])
A['agnews-07284']=('2004-12-13',[
 O('Bashardost|minister','resign',None,z='headline'),
 O('Bashardost|Afghan Cabinet minister|minister','resign|resigned',None,d='2004-12-13'),
 E('Hamid Karzai|Karzai|President','reject|rejected','Bashardost|minister|drive'),
 O('Bashardost|minister','shut down|drive','relief groups'),
 E('Bashardost|minister|he','accuse|accused','relief groups'),
],[["Ramazan Bashardost","Cabinet minister","Afghanistan"],["Hamid Karzai","President","Afghanistan"]],[["Monday","2004-12-13"]])
